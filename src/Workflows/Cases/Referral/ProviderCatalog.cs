namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// The registered providers by key, as the Host loaded them for one action, and for a referral case the providers the
/// same customer's other referrals are running with (awaiting the provider or active): one running referral per provider.
/// </summary>
public sealed class ProviderCatalog(IEnumerable<ProviderTerms> providers, IReadOnlyDictionary<string, Guid>? runningReferrals = null)
{
    private readonly Dictionary<string, ProviderTerms> byKey = providers.ToDictionary(p => p.Key, StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Guid> running = runningReferrals ?? new Dictionary<string, Guid>();

    public static readonly ProviderCatalog Empty = new([]);

    public ProviderTerms? Find(string? key) => key is not null && byKey.TryGetValue(key, out var terms) ? terms : null;

    public IReadOnlyCollection<ProviderTerms> All => byKey.Values;

    /// <summary>The customer's other running referral to this provider, or null when the provider is free for the customer.</summary>
    public Guid? RunningReferralTo(string? key) => key is not null && running.TryGetValue(key, out var caseId) ? caseId : null;
}
