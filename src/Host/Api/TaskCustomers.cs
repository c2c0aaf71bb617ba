using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>Adds the customer (name and Kundennummer) to a page of task views with one query for the page's cases.</summary>
internal static class TaskCustomers
{
    public static async Task<List<TaskView>> WithCustomersAsync(this IEnumerable<TaskView> page, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var views = page.ToList();
        var caseIds = views.Where(v => v.CaseId is not null).Select(v => v.CaseId!.Value).Distinct().ToList();
        if (caseIds.Count == 0)
        {
            return views;
        }

        var customers = await (from @case in db.Cases.AsNoTracking()
                               join customer in db.Customers.AsNoTracking() on @case.CustomerId equals customer.Id
                               where caseIds.Contains(@case.Id)
                               select new { CaseId = @case.Id, Customer = new CustomerRef(customer.Id, customer.CustomerNumber, customer.GivenName, customer.FamilyName, customer.BirthDate) })
            .ToDictionaryAsync(row => row.CaseId, row => row.Customer, cancellationToken);
        return views.Select(v => v.CaseId is { } id && customers.TryGetValue(id, out var customer) ? v with { Customer = customer } : v).ToList();
    }
}
