using System.Linq.Expressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>
/// "Meine Fälle" in the database: the scope (<see cref="CaseScopes"/>), kind and state filters, the order (next due
/// date, none last, then the oldest case) and the page are one SQL query over the ordered indexes of
/// <c>20261130132000_CaseDuesAndInboxOrder</c> and <c>20261130150000_SearchAndListOrder</c>; the customer's number and
/// name come by join. A scope of several parts (the FM supervisor's team: bFM and referral cases) reads each part in
/// index order up to the rows it needs and merges them (<c>UNION ALL</c>), so no query sorts a whole scope. The total
/// is counted up to <see cref="CountAhead"/> rows past the requested page.
/// </summary>
public sealed class CaseList(CaseFlowDbContext db)
{
    /// <summary>How many rows past the requested page the total counts, at most.</summary>
    public const int CountAhead = 200;

    public sealed record Filter(string Scope, string? Kind, string? State, int Page, int PageSize);

    public sealed record Page(IReadOnlyList<CaseListItem> Cases, int Total, bool TotalLimited);

    public async Task<Page> ListAsync(Actor actor, Filter filter, CancellationToken cancellationToken)
    {
        var limit = filter.Page * filter.PageSize + CountAhead;
        var parts = CaseScopes.PartsOf(filter.Scope, actor);
        IQueryable<Case> ordered;
        if (parts.Count == 1)
        {
            ordered = Filtered(parts[0], filter).OrderBy(c => c.NextDueOn == null).ThenBy(c => c.NextDueOn).ThenBy(c => c.CreatedAt);
        }
        else
        {
            // Each part in its index order (Id last, so ties break alike in the part and in the merge), at most limit + 1 rows.
            var merged = parts.Select(part => InOrder(Filtered(part, filter)).Take(limit + 1)).Aggregate(Queryable.Concat);
            ordered = InOrder(merged);
        }

        var total = await ordered.Select(c => c.Id).Take(limit + 1).CountAsync(cancellationToken);
        var rows = await ordered
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Join(db.Customers, c => c.CustomerId, customer => customer.Id, (c, customer) => new
            {
                c.Id, c.Kind, c.State, c.CustomerId, customer.CustomerNumber, customer.GivenName, customer.FamilyName,
                c.NextDueOn, c.NextDue, c.MainCaseworker, c.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows
            .OrderBy(r => r.NextDueOn is null).ThenBy(r => r.NextDueOn).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new CaseListItem(
                r.Id, r.Kind, CaseStateLabels.Kind(r.Kind), r.State, CaseStateLabels.State(r.Kind, r.State), r.CustomerId, r.CustomerNumber,
                r.GivenName, r.FamilyName, r.NextDueOn, r.NextDue, r.NextDue is null ? null : CaseDues.GermanLabel(r.NextDue), r.MainCaseworker))
            .ToList();
        return new Page(items, Math.Min(total, limit), total > limit);
    }

    private static IOrderedQueryable<Case> InOrder(IQueryable<Case> cases) =>
        cases.OrderBy(c => c.NextDueOn == null).ThenBy(c => c.NextDueOn).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id);

    private IQueryable<Case> Filtered(Expression<Func<Case, bool>> part, Filter filter)
    {
        var query = db.Cases.AsNoTracking().Where(part);
        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.State is { } state)
        {
            query = query.Where(c => c.State == state);
        }

        return query;
    }
}
