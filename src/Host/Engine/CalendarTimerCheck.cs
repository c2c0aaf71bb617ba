using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Once per host start, before timers are dispatched: every armed <c>cf:dueDate</c> timer of a running instance that
/// gives a date and is stored at the start of that date under another calendar (00:00 UTC from before
/// <c>Calendar:TimeZone</c>, or a changed time zone) moves to 00:00 of that date in the Jobcenter's calendar
/// (<see cref="ExpressionTimers.Realign"/>), journaled <c>timer.moved</c> with <see cref="Reason"/>. Batches of
/// <see cref="BatchSize"/> instances in id order, one transaction each; a batch hit by a concurrent step is read again.
/// Idempotent: a timer at its start of day is left alone, so every host may run it.
/// </summary>
public sealed class CalendarTimerCheck(IServiceScopeFactory scopes, RuleBook rules, JobcenterCalendar calendar, ILogger<CalendarTimerCheck> logger)
{
    public const int BatchSize = 200;
    public const string Reason = "Kalender des Jobcenters beim Start geprüft (calendar checked at host start)";
    private const int Attempts = 3;
    private bool done;

    /// <summary>Moves the timers on the first call; later calls do nothing. Returns how many instances moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (done)
        {
            return 0;
        }

        var moved = 0;
        Guid? after = null;
        while (await BatchWithRetryAsync(after, cancellationToken) is ({ } last, var count))
        {
            moved += count;
            after = last;
        }

        done = true;
        if (moved > 0)
        {
            logger.LogInformation("Calendar checked at start: the date-based timers of {Count} running instances moved", moved);
        }

        return moved;
    }

    private async Task<(Guid? Last, int Moved)> BatchWithRetryAsync(Guid? after, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await BatchAsync(after, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                logger.LogInformation("An instance changed while its timers were checked; reading again (attempt {Attempt})", attempt + 1);
            }
        }
    }

    private async Task<(Guid? Last, int Moved)> BatchAsync(Guid? after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitions>();
        var instances = await db.WorkflowInstances
            .Include(i => i.Tokens)
            .Include(i => i.Timers)
            .AsSplitQuery()
            .Where(i => i.Status == InstanceStatus.Running && i.Timers.Any() && (after == null || i.Id.CompareTo(after.Value) > 0))
            .OrderBy(i => i.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (instances.Count == 0)
        {
            return (null, 0);
        }

        var now = calendar.Now;
        var ruleData = RuleValues.Of(rules.At(calendar.DateOf(now)));
        var cases = await CaseDataAsync(db, instances, now, cancellationToken);
        var models = new Dictionary<(string, int), WorkflowModel?>();
        var moved = 0;
        foreach (var instance in instances)
        {
            var version = (instance.DefinitionKey, instance.DefinitionVersion);
            if (!models.TryGetValue(version, out var model))
            {
                var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
                model = workflow is not null && ExpressionTimers.Has(workflow.Model) ? workflow.Model : null;
                models[version] = model;
            }

            if (model is null)
            {
                continue;
            }

            var caseData = instance.CaseId is { } caseId ? cases.GetValueOrDefault(caseId) : null;
            var journal = ExpressionTimers.Realign(model, instance, caseData, ruleData, now, calendar, EngineActors.SystemUserName, Reason);
            if (journal.Count > 0)
            {
                db.Journal.AddRange(journal);
                moved++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (instances[^1].Id, moved);
    }

    private async Task<Dictionary<Guid, JsonObject>> CaseDataAsync(
        CaseFlowDbContext db, List<WorkflowInstance> instances, DateTime now, CancellationToken cancellationToken)
    {
        var caseIds = instances.Where(i => i.CaseId is not null).Select(i => i.CaseId!.Value).Distinct().ToList();
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var customerIds = cases.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var today = calendar.DateOf(now);
        return cases.ToDictionary(c => c.Id, c => CaseDataView.Of(c, customers[c.CustomerId], today));
    }
}
