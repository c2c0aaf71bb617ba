using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>
/// "Meine Fälle" in the database: the scope (<see cref="CaseScopes"/>), kind and state filters, the order (next due
/// date, none last, then the oldest case) and the page are one SQL query over the ordered indexes of
/// <c>20261130132000_CaseDuesAndInboxOrder</c>; the customer's number comes by join. The total is counted up to
/// <see cref="CountAhead"/> rows past the requested page.
/// </summary>
public sealed class CaseList(CaseFlowDbContext db)
{
    /// <summary>How many rows past the requested page the total counts, at most.</summary>
    public const int CountAhead = 200;

    public sealed record Filter(string Scope, string? Kind, string? State, int Page, int PageSize);

    public sealed record Page(IReadOnlyList<CaseListItem> Cases, int Total, bool TotalLimited);

    public async Task<Page> ListAsync(Actor actor, Filter filter, CancellationToken cancellationToken)
    {
        var query = db.Cases.AsNoTracking().Where(CaseScopes.Of(filter.Scope, actor));
        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.State is { } state)
        {
            query = query.Where(c => c.State == state);
        }

        var ordered = query.OrderBy(c => c.NextDueOn == null).ThenBy(c => c.NextDueOn).ThenBy(c => c.CreatedAt);
        var limit = filter.Page * filter.PageSize + CountAhead;
        var total = await ordered.Select(c => c.Id).Take(limit + 1).CountAsync(cancellationToken);
        var rows = await ordered
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Join(db.Customers, c => c.CustomerId, customer => customer.Id, (c, customer) => new
            {
                c.Id, c.Kind, c.State, c.CustomerId, customer.CustomerNumber, c.NextDueOn, c.NextDue, c.MainCaseworker, c.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows
            .OrderBy(r => r.NextDueOn is null).ThenBy(r => r.NextDueOn).ThenBy(r => r.CreatedAt)
            .Select(r => new CaseListItem(
                r.Id, r.Kind, CaseStateLabels.Kind(r.Kind), r.State, CaseStateLabels.State(r.Kind, r.State), r.CustomerId, r.CustomerNumber,
                r.NextDueOn, r.NextDue, r.NextDue is null ? null : CaseDues.GermanLabel(r.NextDue), r.MainCaseworker))
            .ToList();
        return new Page(items, Math.Min(total, limit), total > limit);
    }
}
