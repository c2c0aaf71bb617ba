using CaseFlow.Host.Customers;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// <c>GET /api/contacts/due</c>: customers with a maintained due date, most overdue first, then by due date (then id).
/// <c>mine</c>: the customers the caller is the responsible caseworker of (one range of the index (responsible caseworker,
/// due date, id)). <c>team</c>: every customer the caller may read (<see cref="CustomerVisibility"/>: own customers, the
/// customers of the caller's cases and, for FM supervisors, of every bFM and referral case), each way of access read in
/// due order up to the page and the capped total and merged, as the customer search does. The total counts up to
/// <see cref="CustomerSearch.CountAhead"/> rows past the page.
/// </summary>
public sealed class ContactDueList(CaseFlowDbContext db, JobcenterCalendar calendar)
{
    public const string Mine = "mine";
    public const string Team = "team";

    public sealed record Item(Guid CustomerId, string Name, string CustomerNumber, DateOnly NextContactDue, int OverdueDays, string? RuleCell, string? RuleCellText, string ResponsibleCaseworker);

    public sealed record Page(IReadOnlyList<Item> Items, int Total, bool TotalLimited);

    public async Task<(Page? Page, Refusal? Refusal)> FindAsync(Actor actor, string? scope, int page, int pageSize, CancellationToken cancellationToken)
    {
        var me = actor.UserName;
        IReadOnlyList<IQueryable<Customer>> parts = (scope ?? Mine) switch
        {
            Mine => [db.Customers.Where(c => c.ResponsibleCaseworker == me)],
            Team => await CustomerVisibility.PartsAsync(db, actor, cancellationToken),
            _ => [],
        };
        if (parts.Count == 0)
        {
            return (null, Refusal.Invalid("scope", "Der Umfang (scope) ist mine (eigene Kundinnen und Kunden) oder team (alle, die Sie sehen dürfen)."));
        }

        var limit = page * pageSize + CustomerSearch.CountAhead;
        var merged = parts
            .Select(part => part.Where(c => c.NextContactDueOn != null)
                .Select(c => new Row { Id = c.Id, Due = c.NextContactDueOn!.Value })
                .OrderBy(r => r.Due).ThenBy(r => r.Id).Take(limit + 1))
            .Aggregate(Queryable.Union)
            .OrderBy(r => r.Due).ThenBy(r => r.Id);
        var rows = await merged.Take(limit + 1).ToListAsync(cancellationToken);
        var ids = rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Id).ToList();
        var today = calendar.Today;
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.CustomerNumber, c.NextContactDueOn, c.ContactRuleCell, c.ResponsibleCaseworker })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var items = ids.Select(id => customers[id]).Select(c => new Item(
            c.Id,
            c.FamilyName.Length == 0 ? c.GivenName : c.GivenName.Length == 0 ? c.FamilyName : $"{c.FamilyName}, {c.GivenName}",
            c.CustomerNumber,
            c.NextContactDueOn!.Value,
            ContactDue.OverdueDays(c.NextContactDueOn.Value, today),
            c.ContactRuleCell,
            c.ContactRuleCell is { } cell ? ContactRuleCellText.Of(cell) : null,
            c.ResponsibleCaseworker)).ToList();
        return (new Page(items, Math.Min(rows.Count, limit), rows.Count > limit), null);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }

        public DateOnly Due { get; init; }
    }
}
