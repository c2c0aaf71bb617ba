using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// Who may see a case at all and act in it (§ 35 SGB I, § 67a SGB X: need to know); which parts of it they see
/// decides <see cref="NeedToKnow"/>: the case's caseworkers, for bFM and referral cases (FM data) also the FM's deputies
/// and FM supervisors (read only), for bFM every FM while the case waits for intake, for outreach cases (aB-pAp data,
/// never FMs or supervisors) every aB-pAp while the case waits in the queue, the aB-pAp who took it over, and the aB-pAp
/// of a single task.
/// </summary>
public static class CaseAccessPolicy
{
    /// <summary>Any class of the case's data (<see cref="NeedToKnow"/>), if only that it exists.</summary>
    public static bool CanRead(Case @case, Actor actor) => NeedToKnow.Of(@case, actor).MayRead;

    /// <summary>Acting needs a caseworker role and must not rest on supervision alone (<see cref="NeedToKnow"/>).</summary>
    public static bool CanAct(Case @case, Actor actor) =>
        NeedToKnow.Of(@case, actor).MayAct && (actor.HasRole(Roles.Ifk) || actor.HasRole(Roles.Fm) || actor.HasRole(Roles.Abpap));

    /// <summary>
    /// Starting or steering a case's workflow instance (cancel, retry, skip): acting on the case and reading its file, since
    /// an instance's variables are case data; the secondary caseworker acts on the case but not on the FM's workflows.
    /// </summary>
    public static bool CanSteerWorkflows(Case @case, Actor actor) => CanAct(@case, actor) && NeedToKnow.Of(@case, actor).ReadsFile;

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

    private static bool IsDeputyOfMainFm(Case @case, Actor actor) =>
        actor.HasRole(Roles.Fm) && actor.DeputyFor.Contains(@case.MainCaseworker);
}
