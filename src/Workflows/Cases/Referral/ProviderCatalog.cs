namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>The registered providers by key, as the Host loaded them for one action.</summary>
public sealed class ProviderCatalog(IEnumerable<ProviderTerms> providers)
{
    private readonly Dictionary<string, ProviderTerms> byKey = providers.ToDictionary(p => p.Key, StringComparer.Ordinal);

    public static readonly ProviderCatalog Empty = new([]);

    public ProviderTerms? Find(string? key) => key is not null && byKey.TryGetValue(key, out var terms) ? terms : null;

    public IReadOnlyCollection<ProviderTerms> All => byKey.Values;
}
