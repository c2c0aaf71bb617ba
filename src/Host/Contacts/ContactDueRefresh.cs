using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// The background step that recomputes every profiled customer's due date (<see cref="ContactDue"/>) when the
/// contact-density version in force changes: once after start (this also fills the due dates of customers migrated by
/// 20261130170000) and on the first round of the day a new version takes effect. Batches of <see cref="BatchSize"/>
/// customers in id order, one transaction each; only changed customers are written (their version goes up). A batch hit
/// by a concurrent change is skipped (that change recomputed those customers itself). Every host may run it at once.
/// </summary>
public sealed class ContactDueRefresh(IServiceScopeFactory scopes, JobcenterCalendar calendar, ILogger<ContactDueRefresh> logger)
{
    public const int BatchSize = 500;
    private int? refreshedVersion;

    /// <summary>Recomputes when the version in force today is not the one last recomputed for; returns the customers changed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        ContactDensityVersion inForce;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var rules = scope.ServiceProvider.GetRequiredService<ContactDensityRules>();
            inForce = ContactDensityRules.InForce(await rules.VersionsAsync(cancellationToken), today);
        }

        if (refreshedVersion == inForce.Number)
        {
            return 0;
        }

        var table = ContactDensityCells.Read(inForce.Cells);
        var changed = 0;
        Guid? after = null;
        while (await BatchAsync(table, today, after, cancellationToken) is ({ } last, var count))
        {
            changed += count;
            after = last;
        }

        refreshedVersion = inForce.Number;
        logger.LogInformation("Contact due dates recomputed for version {Version}: {Changed} customers changed", inForce.Number, changed);
        return changed;
    }

    private async Task<(Guid? Last, int Changed)> BatchAsync(ContactDensityTable table, DateOnly today, Guid? after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var dues = scope.ServiceProvider.GetRequiredService<ContactDueUpdate>();
        var customers = await db.Customers
            .Where(c => c.Profile != null && (after == null || c.Id.CompareTo(after.Value) > 0))
            .OrderBy(c => c.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (customers.Count == 0)
        {
            return (null, 0);
        }

        foreach (var customer in customers)
        {
            await dues.StageAsync(customer, table, today, cancellationToken);
        }

        var changed = db.ChangeTracker.Entries<Customer>().Count(e => e.State == EntityState.Modified);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            changed = 0;
        }

        return (customers[^1].Id, changed);
    }
}
