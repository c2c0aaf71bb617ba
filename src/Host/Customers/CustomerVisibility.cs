using System.Linq.Expressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Customers;

/// <summary>
/// <see cref="CaseAccessPolicy.CanReadCustomer"/> as a query the database answers: the responsible caseworker, or
/// whoever may read one of the customer's cases (<see cref="CaseAccessPolicy.CanRead"/> term by term, only the terms
/// of the caller's roles). The cases are one non-correlated <c>IN (SELECT "CustomerId" …)</c> list, so the database
/// builds it once per query instead of probing the cases for every customer in a name range. A change to the policy
/// must change this query too; <c>CustomerSearchApiTests</c> compare both for every development user.
/// </summary>
public static class CustomerVisibility
{
    public static IQueryable<Customer> Visible(CaseFlowDbContext db, Actor actor)
    {
        var me = actor.UserName;
        // One SELECT per caseworker column (UNION ALL), so each reads its own index instead of scanning every case.
        var readableCustomers = db.Cases.Where(k => k.MainCaseworker == me).Select(k => k.CustomerId)
            .Concat(db.Cases.Where(k => k.ReferringCaseworker == me).Select(k => k.CustomerId))
            .Concat(db.Cases.Where(k => k.SecondaryCaseworker == me).Select(k => k.CustomerId));
        if (ByRole(actor) is { } byRole)
        {
            readableCustomers = readableCustomers.Concat(db.Cases.Where(byRole).Select(k => k.CustomerId));
        }

        return db.Customers.Where(c => c.ResponsibleCaseworker == me || readableCustomers.Contains(c.Id));
    }

    /// <summary>The terms of <see cref="CaseAccessPolicy.CanRead"/> beyond being a caseworker, for the caller's roles; null when none.</summary>
    private static Expression<Func<Case, bool>>? ByRole(Actor actor)
    {
        var me = actor.UserName;
        Expression<Func<Case, bool>>? readable = null;
        if (actor.HasRole(Roles.FmSupervisor))
        {
            readable = Or(readable, k => k.Kind == CaseKinds.Bfm || k.Kind == CaseKinds.Referral);
        }

        if (actor.HasRole(Roles.Fm))
        {
            var deputyFor = actor.DeputyFor.ToList();
            var referred = nameof(BfmState.Referred);
            readable = Or(readable, k => k.Kind == CaseKinds.Bfm && k.State == referred);
            if (deputyFor.Count > 0)
            {
                readable = Or(readable, k => (k.Kind == CaseKinds.Bfm || k.Kind == CaseKinds.Referral) && deputyFor.Contains(k.MainCaseworker));
            }
        }

        if (actor.HasRole(Roles.Abpap))
        {
            var queued = nameof(OutreachState.Queued);
            readable = Or(readable, k => k.Kind == CaseKinds.Outreach
                && (k.State == queued || k.Outreach!.TakenOverBy == me || k.Outreach!.Adviser == me));
        }

        return readable;
    }

    private static Expression<Func<Case, bool>> Or(Expression<Func<Case, bool>>? left, Expression<Func<Case, bool>> right)
    {
        if (left is null)
        {
            return right;
        }

        var right2 = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<Case, bool>>(Expression.OrElse(left.Body, right2), left.Parameters[0]);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
