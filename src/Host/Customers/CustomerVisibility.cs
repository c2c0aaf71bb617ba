using System.Linq.Expressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Customers;

/// <summary>
/// <see cref="CaseAccessPolicy.CanReadCustomer"/> as queries the database answers, one per way of access: the customers
/// the caller is responsible for, and per term of <see cref="CaseAccessPolicy.CanRead"/> (caseworker column, then only
/// the terms of the caller's roles) the customers of the cases it allows: a non-correlated <c>IN (SELECT "CustomerId" …)</c>
/// when the term has at most <see cref="ListedCases"/> cases, else a correlated <c>EXISTS</c> per customer in the range.
/// The parts may overlap (a customer of one's own with one's own case); the union of all parts is exactly what the caller
/// may see. Each part reads its own index, so a search can take the first rows of each part in key order and merge them
/// (<see cref="CustomerSearch"/>). A change to the policy must change these queries too; <c>CustomerSearchApiTests</c>
/// compare both for every development user.
/// </summary>
public static class CustomerVisibility
{
    /// <summary>A role's cases up to this many are read as a list of customers first; more, and the name range is read first.</summary>
    public const int ListedCases = 2000;

    public static async Task<IReadOnlyList<IQueryable<Customer>>> PartsAsync(CaseFlowDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var me = actor.UserName;
        var parts = new List<IQueryable<Customer>> { db.Customers.Where(c => c.ResponsibleCaseworker == me) };
        Expression<Func<Case, bool>>[] caseworker =
        [
            k => k.MainCaseworker == me,
            k => k.ReferringCaseworker == me,
            k => k.SecondaryCaseworker == me,
        ];
        foreach (var term in caseworker)
        {
            parts.Add(CustomersOf(db, term));
        }

        foreach (var term in ByRole(actor))
        {
            // A small set (an FM's deputy cases, a short intake queue) is a list the database builds once; a large one (the
            // supervisor's every FM case) is checked per customer in the key range, which stops once the page is full.
            var cases = db.Cases.Where(term);
            // Ordered by kind (the first column of the kind indexes) only so that the limited count is well-defined.
            var many = await cases.OrderBy(k => k.Kind).Take(ListedCases + 1).CountAsync(cancellationToken) > ListedCases;
            parts.Add(many ? db.Customers.Where(c => cases.Any(k => k.CustomerId == c.Id)) : CustomersOf(db, term));
        }

        return parts;
    }

    private static IQueryable<Customer> CustomersOf(CaseFlowDbContext db, Expression<Func<Case, bool>> term)
    {
        var customers = db.Cases.Where(term).Select(k => k.CustomerId);
        return db.Customers.Where(c => customers.Contains(c.Id));
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
