namespace CaseFlow.Host.Providers;

/// <summary>An API key as lists show it: never the key, only its prefix.</summary>
public sealed record ProviderApiKeyView(
    Guid Id, string Label, string Prefix, DateTime CreatedAt, string CreatedBy, DateTime? LastUsedAt, DateTime? RevokedAt, string? RevokedBy)
{
    public static ProviderApiKeyView Of(ProviderApiKey key) =>
        new(key.Id, key.Label, key.Prefix, key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.RevokedBy);
}
