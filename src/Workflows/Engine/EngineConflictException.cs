namespace CaseFlow.Workflows.Engine;

/// <summary>The step cannot run on the instance as it is now (task already completed, timer gone, incident resolved): HTTP 409.</summary>
public sealed class EngineConflictException(string message) : Exception(message);
