using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// Who may see a case (§ 35 SGB I, § 67a SGB X: need to know). The case's caseworkers always; for bFM
/// cases also every FM while the case waits for intake, the FM's deputies, and FM supervisors.
/// </summary>
public static class CaseAccessPolicy
{
    public static bool CanRead(Case @case, Actor actor)
    {
        if (@case.IsCaseworker(actor.UserName))
        {
            return true;
        }

        if (@case.Kind != CaseKinds.Bfm)
        {
            return false;
        }

        return actor.HasRole(Roles.FmSupervisor)
            || (actor.HasRole(Roles.Fm) && @case.State == nameof(BfmState.Referred))
            || (actor.HasRole(Roles.Fm) && actor.DeputyFor.Contains(@case.MainCaseworker));
    }

    /// <summary>Acting needs read access and must not rest on supervision alone.</summary>
    public static bool CanAct(Case @case, Actor actor) =>
        CanRead(@case, actor) && (actor.HasRole(Roles.Ifk) || actor.HasRole(Roles.Fm) || actor.HasRole(Roles.Abpap));

    /// <summary>The responsible caseworker, and whoever may read one of the customer's cases.</summary>
    public static bool CanReadCustomer(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        customer.ResponsibleCaseworker == actor.UserName || casesOfCustomer.Any(c => CanRead(c, actor));

    /// <summary>Profiling is the responsible caseworker's job, or the main caseworker's of a running case.</summary>
    public static bool CanProfile(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        customer.ResponsibleCaseworker == actor.UserName || casesOfCustomer.Any(c => c.MainCaseworker == actor.UserName);
}
