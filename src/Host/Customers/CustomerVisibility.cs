using System.Linq.Expressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Customers;

/// <summary>
/// <see cref="CaseAccessPolicy.CanReadCustomer"/> as queries the database answers, one per way of access: the customers
/// the caller is responsible for, and per term of <see cref="CaseAccessPolicy.CanRead"/> (caseworker column, then only
/// the terms of the caller's roles) the customers of the cases it allows, as a non-correlated <c>IN (SELECT "CustomerId" …)</c>.
/// The parts may overlap (a customer of one's own with one's own case); the union of all parts is exactly what the caller
/// may see. Each part reads its own index, so a search can take the first rows of each part in key order and merge them
/// (<see cref="CustomerSearch"/>). A change to the policy must change these queries too; <c>CustomerSearchApiTests</c>
/// compare both for every development user.
/// </summary>
public static class CustomerVisibility
{
    public static IReadOnlyList<IQueryable<Customer>> Parts(CaseFlowDbContext db, Actor actor)
    {
        var me = actor.UserName;
        var parts = new List<IQueryable<Customer>> { db.Customers.Where(c => c.ResponsibleCaseworker == me) };
        Expression<Func<Case, bool>>[] caseworker =
        [
            k => k.MainCaseworker == me,
            k => k.ReferringCaseworker == me,
            k => k.SecondaryCaseworker == me,
        ];
        foreach (var term in caseworker.Concat(ByRole(actor)))
        {
            var customers = db.Cases.Where(term).Select(k => k.CustomerId);
            parts.Add(db.Customers.Where(c => customers.Contains(c.Id)));
        }

        return parts;
    }

    /// <summary>The terms of <see cref="CaseAccessPolicy.CanRead"/> beyond being a caseworker, for the caller's roles.</summary>
    private static List<Expression<Func<Case, bool>>> ByRole(Actor actor)
    {
        var me = actor.UserName;
        var terms = new List<Expression<Func<Case, bool>>>();
        if (actor.HasRole(Roles.FmSupervisor))
        {
            terms.Add(k => k.Kind == CaseKinds.Bfm || k.Kind == CaseKinds.Referral);
        }

        if (actor.HasRole(Roles.Fm))
        {
            var deputyFor = actor.DeputyFor.ToList();
            var referred = nameof(BfmState.Referred);
            terms.Add(k => k.Kind == CaseKinds.Bfm && k.State == referred);
            if (deputyFor.Count > 0)
            {
                terms.Add(k => (k.Kind == CaseKinds.Bfm || k.Kind == CaseKinds.Referral) && deputyFor.Contains(k.MainCaseworker));
            }
        }

        if (actor.HasRole(Roles.Abpap))
        {
            var queued = nameof(OutreachState.Queued);
            terms.Add(k => k.Kind == CaseKinds.Outreach
                && (k.State == queued || k.Outreach!.TakenOverBy == me || k.Outreach!.Adviser == me));
        }

        return terms;
    }
}
