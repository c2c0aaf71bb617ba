using System.Linq.Expressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Customers;

/// <summary>
/// <c>GET /api/customers?q=</c>: the customers the caller may see whose Kundennummer (when <c>q</c> starts with a digit)
/// or name (family name first, else given name first, folded by <see cref="SearchKeys"/>) starts with <c>q</c>, in the
/// order of that key. Access comes first: each way of access (<see cref="CustomerVisibility.PartsAsync"/>) is read as a key
/// range on its own index up to the rows the page and the capped total need, and the parts are merged (<c>UNION</c>), so a
/// short prefix reads only visible customers, not every customer in the range. The total counts up to
/// <see cref="CountAhead"/> rows past the page (<see cref="Page.TotalLimited"/> when there are more).
/// </summary>
public sealed class CustomerSearch(CaseFlowDbContext db)
{
    /// <summary>How many rows past the requested page the total counts, at most.</summary>
    public const int CountAhead = 200;

    public sealed record Hit(Guid Id, string CustomerNumber, string GivenName, string FamilyName, DateOnly BirthDate, string ResponsibleCaseworker, ProfileCode? Profile);

    public sealed record Page(IReadOnlyList<Hit> Hits, int Total, bool TotalLimited);

    public async Task<(Page? Page, Refusal? Refusal)> FindAsync(Actor actor, string? q, int page, int pageSize, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? string.Empty;
        if (text.Length > SearchKeys.MaxLength || RefusedCharacters.FindIn(text) is not null)
        {
            return (null, Refusal.Invalid("q", "Der Suchtext (q) ist zu lang oder enthält unsichtbare oder Steuerzeichen."));
        }

        var parts = await CustomerVisibility.PartsAsync(db, actor, cancellationToken);
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            var number = CustomerNumbers.SearchPrefix(text);
            var upper = number + new string('Z', 40);
            return (await PageAsync(parts, c => string.Compare(c.CustomerNumber, number) >= 0 && string.Compare(c.CustomerNumber, upper) <= 0,
                c => c.CustomerNumber, page, pageSize, cancellationToken), null);
        }

        var key = SearchKeys.Fold(text);
        if (key.Length == 0)
        {
            return (null, Refusal.Invalid("q", "Der Suchtext (q) braucht mindestens einen Buchstaben oder eine Ziffer, z. B. den Anfang des Familiennamens."));
        }

        // Family name first ("Müller, Anna"); only when nothing matches, given name first ("Anna Müller").
        var keyUpper = SearchKeys.UpperBound(key);
        var found = await PageAsync(parts, c => string.Compare(c.FamilyNameKey, key) >= 0 && string.Compare(c.FamilyNameKey, keyUpper) <= 0,
            c => c.FamilyNameKey, page, pageSize, cancellationToken);
        if (found.Total > 0)
        {
            return (found, null);
        }

        return (await PageAsync(parts, c => string.Compare(c.GivenNameKey, key) >= 0 && string.Compare(c.GivenNameKey, keyUpper) <= 0,
            c => c.GivenNameKey, page, pageSize, cancellationToken), null);
    }

    private async Task<Page> PageAsync(
        IReadOnlyList<IQueryable<Customer>> parts, Expression<Func<Customer, bool>> inRange, Expression<Func<Customer, string>> key,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        var limit = page * pageSize + CountAhead;
        var row = RowOf(key);
        var merged = parts
            .Select(part => part.Where(inRange).Select(row).OrderBy(r => r.Key).ThenBy(r => r.Id).Take(limit + 1))
            .Aggregate(Queryable.Union)
            .OrderBy(r => r.Key).ThenBy(r => r.Id);
        // One query: the merged rows up to the cap in order (ids and keys only); the total is their number, the page a slice.
        var rows = await merged.Take(limit + 1).ToListAsync(cancellationToken);
        var total = rows.Count;
        var ids = rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Id).ToList();
        if (ids.Count == 0)
        {
            return new Page([], Math.Min(total, limit), total > limit);
        }

        var hits = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new Hit(c.Id, c.CustomerNumber, c.GivenName, c.FamilyName, c.BirthDate, c.ResponsibleCaseworker, c.Profile))
            .ToDictionaryAsync(h => h.Id, cancellationToken);
        return new Page(ids.Select(id => hits[id]).ToList(), Math.Min(total, limit), total > limit);
    }

    /// <summary><c>c =&gt; new Row { Id = c.Id, Key = key(c) }</c>: the id and the sort key, the same shape in every part.</summary>
    private static Expression<Func<Customer, Row>> RowOf(Expression<Func<Customer, string>> key)
    {
        var customer = key.Parameters[0];
        return Expression.Lambda<Func<Customer, Row>>(
            Expression.MemberInit(
                Expression.New(typeof(Row)),
                Expression.Bind(typeof(Row).GetProperty(nameof(Row.Id))!, Expression.Property(customer, nameof(Customer.Id))),
                Expression.Bind(typeof(Row).GetProperty(nameof(Row.Key))!, key.Body)),
            customer);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }

        public string Key { get; init; } = string.Empty;
    }
}
