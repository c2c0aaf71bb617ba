namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>An element cannot be executed as things are; the run loop turns it into an <see cref="Incident"/> at that element.</summary>
internal sealed class ElementFailure(string message) : Exception(message);
