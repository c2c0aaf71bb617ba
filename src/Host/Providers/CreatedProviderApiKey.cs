namespace CaseFlow.Host.Providers;

/// <summary>A new API key with the key itself: the only time it is shown (answered with <c>Cache-Control: no-store</c>).</summary>
public sealed record CreatedProviderApiKey(Guid Id, string Label, string Prefix, DateTime CreatedAt, string Key);
