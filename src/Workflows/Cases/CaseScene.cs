using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases;

/// <summary>
/// Everything a lifecycle looks at to decide on an action: the case, its customer, who acts, when, and for
/// referrals the registered providers with their agreements.
/// </summary>
public sealed record CaseScene(Case Case, Customer Customer, Actor Actor, DateTime Now)
{
    public ProviderCatalog Providers { get; init; } = ProviderCatalog.Empty;
}
