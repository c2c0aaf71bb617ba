using CaseFlow.Host.Persistence;
using CaseFlow.Host.Referrals;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Providers;

/// <summary>Reads the provider registry: the terms of every provider for the referral lifecycle, or one provider by key.</summary>
public sealed class ProviderDirectory(CaseFlowDbContext db)
{
    /// <summary>All providers (active or not) with their agreements' terms.</summary>
    public async Task<ProviderCatalog> CatalogAsync(CancellationToken cancellationToken)
    {
        var providers = await db.Providers.AsNoTracking().ToListAsync(cancellationToken);
        return new ProviderCatalog(providers.Select(p => p.ToTerms()));
    }

    /// <summary>The terms of one provider's agreement, or null for an unknown key.</summary>
    public async Task<ProviderTerms?> TermsAsync(string key, CancellationToken cancellationToken) =>
        (await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, cancellationToken))?.ToTerms();

    /// <summary>
    /// The catalogue a case's lifecycle needs: for a referral all providers and the providers the customer's other running
    /// referrals are with (guard <c>providerFree</c>); none for other kinds.
    /// </summary>
    public async Task<ProviderCatalog> CatalogForAsync(Case? @case, CancellationToken cancellationToken)
    {
        if (@case?.Kind != CaseKinds.Referral)
        {
            return ProviderCatalog.Empty;
        }

        var providers = await db.Providers.AsNoTracking().ToListAsync(cancellationToken);
        var running = await db.Cases.AsNoTracking()
            .Where(c => c.CustomerId == @case.CustomerId && c.Id != @case.Id && c.Kind == CaseKinds.Referral
                && RunningReferrals.States.Contains(c.State) && c.Referral!.Provider != null)
            .Select(c => new { c.Id, Provider = c.Referral!.Provider! })
            .ToListAsync(cancellationToken);
        return new ProviderCatalog(
            providers.Select(p => p.ToTerms()),
            running.GroupBy(r => r.Provider, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal));
    }

    /// <summary>The provider with this key (tracked, so a caller may change and save it), or null.</summary>
    public Task<Provider?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Providers.FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
}
