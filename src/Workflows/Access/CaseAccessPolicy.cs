using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// Who may see a case (§ 35 SGB I, § 67a SGB X: need to know). The case's caseworkers always. For bFM and
/// referral cases (FM data) also the FM's deputies and FM supervisors, for bFM every FM while the case waits
/// for intake. For outreach cases (aB-pAp data, never FMs or supervisors) every aB-pAp while the case waits
/// in the queue, the aB-pAp who took it over, and the aB-pAp of a single task.
/// </summary>
public static class CaseAccessPolicy
{
    public static bool CanRead(Case @case, Actor actor)
    {
        if (@case.IsCaseworker(actor.UserName))
        {
            return true;
        }

        return @case.Kind switch
        {
            CaseKinds.Bfm => IsFmOversight(@case, actor) || (actor.HasRole(Roles.Fm) && @case.State == nameof(BfmState.Referred)),
            CaseKinds.Referral => IsFmOversight(@case, actor),
            CaseKinds.Outreach => actor.HasRole(Roles.Abpap)
                && (@case.State == nameof(OutreachState.Queued)
                    || actor.UserName == @case.Outreach?.TakenOverBy
                    || actor.UserName == @case.Outreach?.Adviser),
            _ => false,
        };
    }

    /// <summary>Acting needs read access and must not rest on supervision alone.</summary>
    public static bool CanAct(Case @case, Actor actor) =>
        CanRead(@case, actor) && (actor.HasRole(Roles.Ifk) || actor.HasRole(Roles.Fm) || actor.HasRole(Roles.Abpap));

    /// <summary>The responsible caseworker, and whoever may read one of the customer's cases.</summary>
    public static bool CanReadCustomer(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        customer.ResponsibleCaseworker == actor.UserName || casesOfCustomer.Any(c => CanRead(c, actor));

    /// <summary>
    /// Opening a case needs a care relation, not just sight: the responsible caseworker, a caseworker of one of
    /// the customer's cases (e.g. the FM of the bFM case opening a referral), or the deputy of that case's FM.
    /// </summary>
    public static bool CanOpenCase(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        customer.ResponsibleCaseworker == actor.UserName
        || casesOfCustomer.Any(c => c.IsCaseworker(actor.UserName) || IsDeputyOfMainFm(c, actor));

    /// <summary>Profiling is the responsible caseworker's job, or the main caseworker's of a running case.</summary>
    public static bool CanProfile(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        customer.ResponsibleCaseworker == actor.UserName || casesOfCustomer.Any(c => c.MainCaseworker == actor.UserName);

    private static bool IsFmOversight(Case @case, Actor actor) =>
        actor.HasRole(Roles.FmSupervisor) || IsDeputyOfMainFm(@case, actor);

    private static bool IsDeputyOfMainFm(Case @case, Actor actor) =>
        actor.HasRole(Roles.Fm) && actor.DeputyFor.Contains(@case.MainCaseworker);
}
