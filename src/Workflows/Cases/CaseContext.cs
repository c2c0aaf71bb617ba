using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases;

/// <summary>The context a lifecycle's state machine works on; collects the effects of a transition.</summary>
public abstract class CaseContext(CaseScene scene)
{
    public Case Case { get; } = scene.Case;

    public Customer Customer { get; } = scene.Customer;

    public Actor Actor { get; } = scene.Actor;

    public DateTime Now { get; } = scene.Now;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>The registered providers (Träger) with their agreements, for referrals.</summary>
    public ProviderCatalog Providers { get; } = scene.Providers;

    /// <summary>Follow-ups (Wiedervorlagen) the transition created.</summary>
    public List<FollowUp> FollowUps { get; } = [];
}
