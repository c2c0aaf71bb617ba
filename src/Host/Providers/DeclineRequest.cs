namespace CaseFlow.Host.Providers;

/// <summary>The body of a decline: why the provider cannot take the customer (required).</summary>
public sealed record DeclineRequest(string? Reason);
