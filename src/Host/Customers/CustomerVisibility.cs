using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Customers;

/// <summary>
/// <see cref="CaseAccessPolicy.CanReadCustomer"/> as a query the database answers: the responsible caseworker, or
/// whoever may read one of the customer's cases (<see cref="CaseAccessPolicy.CanRead"/> term by term). A change to
/// the policy must change this query too; <c>CustomerSearchApiTests</c> compare both for every role.
/// </summary>
public static class CustomerVisibility
{
    public static IQueryable<Customer> Visible(CaseFlowDbContext db, Actor actor)
    {
        var me = actor.UserName;
        var supervisor = actor.HasRole(Roles.FmSupervisor);
        var fm = actor.HasRole(Roles.Fm);
        var abpap = actor.HasRole(Roles.Abpap);
        var deputyFor = fm ? actor.DeputyFor.ToList() : [];
        var referred = nameof(BfmState.Referred);
        var queued = nameof(OutreachState.Queued);
        var readable = db.Cases.Where(k =>
            k.MainCaseworker == me || k.SecondaryCaseworker == me || k.ReferringCaseworker == me
            || ((k.Kind == CaseKinds.Bfm || k.Kind == CaseKinds.Referral) && (supervisor || deputyFor.Contains(k.MainCaseworker)))
            || (fm && k.Kind == CaseKinds.Bfm && k.State == referred)
            || (abpap && k.Kind == CaseKinds.Outreach
                && (k.State == queued || k.Outreach!.TakenOverBy == me || k.Outreach!.Adviser == me)));
        return db.Customers.Where(c => c.ResponsibleCaseworker == me || readable.Any(k => k.CustomerId == c.Id));
    }
}
