namespace CaseFlow.Host.Api;

/// <summary>The workflow instance that started with a case: its id, workflow key and version.</summary>
public sealed record StartedInstance(Guid Id, string Key, int Version);
