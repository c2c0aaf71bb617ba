using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Customers;

/// <summary>
/// <c>GET /api/customers?q=</c>: the customers the caller may see whose Kundennummer (when <c>q</c> starts with a digit)
/// or name (family name first, else given name first, folded by <see cref="SearchKeys"/>) starts with <c>q</c>, in the
/// order of that key. Filter, order, count and page all run in the database: a prefix is a range on an indexed column.
/// </summary>
public sealed class CustomerSearch(CaseFlowDbContext db)
{
    public sealed record Hit(Guid Id, string CustomerNumber, string GivenName, string FamilyName, DateOnly BirthDate, string ResponsibleCaseworker, ProfileCode? Profile);

    public sealed record Page(IReadOnlyList<Hit> Hits, int Total);

    public async Task<(Page? Page, Refusal? Refusal)> FindAsync(Actor actor, string? q, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = CustomerVisibility.Visible(db, actor).AsNoTracking();
        var text = q?.Trim() ?? string.Empty;
        if (text.Length > SearchKeys.MaxLength || RefusedCharacters.FindIn(text) is not null)
        {
            return (null, Refusal.Invalid("q", "Der Suchtext (q) ist zu lang oder enthält unsichtbare oder Steuerzeichen."));
        }

        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            var number = CustomerNumbers.SearchPrefix(text);
            var upper = number + new string('Z', 40);
            var byNumber = query.Where(c => string.Compare(c.CustomerNumber, number) >= 0 && string.Compare(c.CustomerNumber, upper) <= 0);
            return (await PageAsync(byNumber.OrderBy(c => c.CustomerNumber), page, pageSize, cancellationToken), null);
        }

        var key = SearchKeys.Fold(text);
        if (key.Length == 0)
        {
            return (null, Refusal.Invalid("q", "Der Suchtext (q) braucht mindestens einen Buchstaben oder eine Ziffer, z. B. den Anfang des Familiennamens."));
        }

        // Family name first ("Müller, Anna"); only when nothing matches, given name first ("Anna Müller"). Each is one
        // range on its covering index, read in index order, so neither sorts nor reads rows outside the page.
        var keyUpper = SearchKeys.UpperBound(key);
        var byFamily = query.Where(c => string.Compare(c.FamilyNameKey, key) >= 0 && string.Compare(c.FamilyNameKey, keyUpper) <= 0);
        var found = await PageAsync(byFamily.OrderBy(c => c.FamilyNameKey).ThenBy(c => c.Id), page, pageSize, cancellationToken);
        if (found.Total > 0)
        {
            return (found, null);
        }

        var byGiven = query.Where(c => string.Compare(c.GivenNameKey, key) >= 0 && string.Compare(c.GivenNameKey, keyUpper) <= 0);
        return (await PageAsync(byGiven.OrderBy(c => c.GivenNameKey).ThenBy(c => c.Id), page, pageSize, cancellationToken), null);
    }

    private static async Task<Page> PageAsync(IOrderedQueryable<Customer> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var hits = total <= (page - 1) * pageSize
            ? []
            : await query.Skip((page - 1) * pageSize).Take(pageSize)
                .Select(c => new Hit(c.Id, c.CustomerNumber, c.GivenName, c.FamilyName, c.BirthDate, c.ResponsibleCaseworker, c.Profile))
                .ToListAsync(cancellationToken);
        return new Page(hits, total);
    }
}
