using CaseFlow.Host.Persistence;
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

    /// <summary>The catalogue a case's lifecycle needs: all providers for a referral, none for other kinds.</summary>
    public Task<ProviderCatalog> CatalogForAsync(Case? @case, CancellationToken cancellationToken) =>
        @case?.Kind == CaseKinds.Referral ? CatalogAsync(cancellationToken) : Task.FromResult(ProviderCatalog.Empty);

    /// <summary>The provider with this key (tracked, so a caller may change and save it), or null.</summary>
    public Task<Provider?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Providers.FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
}
