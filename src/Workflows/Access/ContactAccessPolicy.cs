using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// Who records and reads a customer's contacts and missed appointments: the responsible caseworker (IFK/pAp), the FM of a
/// bFM case of the customer that is in case management and the FMs who stand in for them, and the aB-pAp of a running
/// outreach case. FM supervisors read the contacts of the customers whose cases they see. Nobody else, providers never.
/// </summary>
public static class ContactAccessPolicy
{
    private static readonly string[] FmStates =
        [nameof(BfmState.Active), nameof(BfmState.Assessment), nameof(BfmState.Planning), nameof(BfmState.Steering)];

    private static readonly string[] RunningOutreachStates =
        [nameof(OutreachState.SingleTask), nameof(OutreachState.Activation), nameof(OutreachState.JointMeeting)];

    public static bool CanRecord(Customer customer, IEnumerable<Case> casesOfCustomer, Actor actor) =>
        !actor.HasRole(Roles.Provider)
        && (customer.ResponsibleCaseworker == actor.UserName || casesOfCustomer.Any(c => IsFmOf(c, actor) || IsAdviserOf(c, actor)));

    public static bool CanRead(Customer customer, IReadOnlyCollection<Case> casesOfCustomer, Actor actor) =>
        CanRecord(customer, casesOfCustomer, actor)
        || (actor.HasRole(Roles.FmSupervisor) && CaseAccessPolicy.CanReadCustomer(customer, casesOfCustomer, actor));

    private static bool IsFmOf(Case @case, Actor actor) =>
        @case.Kind == CaseKinds.Bfm && FmStates.Contains(@case.State) && actor.HasRole(Roles.Fm)
        && (@case.MainCaseworker == actor.UserName || actor.DeputyFor.Contains(@case.MainCaseworker));

    private static bool IsAdviserOf(Case @case, Actor actor) =>
        @case.Kind == CaseKinds.Outreach && RunningOutreachStates.Contains(@case.State) && actor.HasRole(Roles.Abpap)
        && (@case.MainCaseworker == actor.UserName || actor.UserName == @case.Outreach?.TakenOverBy || actor.UserName == @case.Outreach?.Adviser);
}
