using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// Who works on a customer's development goals (fa:z): the coach. While a bFM case runs (accepted, not exited) that is its
/// FM and the FM's deputies; otherwise the responsible IFK. FM supervisors read the goals of customers whose FM cases they
/// see. Nobody else, and never a provider.
/// </summary>
public static class GoalAccess
{
    /// <summary>The states of a running bFM case: the FM has taken it over and it has not ended.</summary>
    public static readonly IReadOnlySet<string> RunningBfmStates = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(BfmState.Active), nameof(BfmState.Assessment), nameof(BfmState.Planning), nameof(BfmState.Steering),
    };

    /// <summary>The running bFM case of the customer, if any.</summary>
    public static Case? RunningBfm(IEnumerable<Case> casesOfCustomer) =>
        casesOfCustomer.Where(c => c.Kind == CaseKinds.Bfm && RunningBfmStates.Contains(c.State)).MaxBy(c => c.CreatedAt);

    /// <summary>Whether the actor is the customer's coach now: may agree goals, link interventions, review.</summary>
    public static bool IsCoach(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor)
    {
        if (actor.HasRole(Roles.Provider))
        {
            return false;
        }

        if (RunningBfm(casesOfCustomer) is { } bfm)
        {
            return bfm.MainCaseworker == actor.UserName || (actor.HasRole(Roles.Fm) && actor.DeputyFor.Contains(bfm.MainCaseworker));
        }

        return customer.ResponsibleCaseworker == actor.UserName && actor.HasRole(Roles.Ifk);
    }

    /// <summary>The coach, and FM supervisors who may read the customer (through one of the customer's FM cases).</summary>
    public static bool CanRead(Customer customer, IReadOnlyCollection<Case> casesOfCustomer, Actor actor) =>
        IsCoach(customer, casesOfCustomer, actor)
        || (actor.HasRole(Roles.FmSupervisor) && CaseAccessPolicy.CanReadCustomer(customer, casesOfCustomer, actor));
}
