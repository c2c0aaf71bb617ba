using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Outreach;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>
/// A start step for outreach cases whose activation phase began before cases kept their next due date (migration
/// <c>20261130132000_CaseDuesAndInboxOrder</c>): their end of activation depends on the configured rule set
/// (<c>Rules:Outreach:ActivationMonths</c>, effective-dated), which SQL in a migration cannot read, so the lifecycle
/// sets it here as an action would. Once done, the query finds nothing (index on kind, state, due).
/// </summary>
public sealed class OutreachDueBackfill(CaseFlowDbContext db, CaseLifecycles lifecycles, JobcenterCalendar calendar)
{
    private static readonly Actor System = new("caseflow.start", new HashSet<string>(), new HashSet<string>());

    /// <summary>Sets the due date of every outreach case in activation that has none; returns how many got one.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var activation = nameof(OutreachState.Activation);
        var cases = await db.Cases
            .Where(c => c.Kind == CaseKinds.Outreach && c.State == activation && c.NextDueOn == null)
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return 0;
        }

        var customerIds = cases.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = calendar.Now;
        foreach (var @case in cases)
        {
            lifecycles.For(@case).RefreshDue(new CaseScene(@case, customers[@case.CustomerId], System, now, calendar));
        }

        await db.SaveChangesAsync(cancellationToken);
        return cases.Count(c => c.NextDueOn is not null);
    }
}
