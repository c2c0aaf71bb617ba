using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Referrals;

/// <summary>
/// Finds active referrals whose provider report is past the interval of its agreement (<see cref="ReportWatch"/>)
/// and, per case in one transaction, notes it in the referral file, journals it and publishes
/// <see cref="CaseMessages.ProviderReportOverdue"/>; the shipped workflow <c>provider-report-overdue</c> turns that
/// into a task for the FM; when no published workflow takes the message, a follow-up for the FM is staged instead
/// (<see cref="ProviderAnswerFollowUps"/>). Every host may run it: the case's version lets only one of them note a case.
/// </summary>
public sealed class ReportOverdueWatch(IServiceScopeFactory scopes, ProviderRules rules, JobcenterCalendar calendar, ILogger<ReportOverdueWatch> logger)
{
    private const int BatchSize = 200;
    public const string JournalAction = "report-overdue";

    /// <summary>Notes every referral that needs it today; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = calendar.Now;
        var today = calendar.DateOf(now);
        List<Guid> candidates;
        ProviderCatalog providers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            providers = await scope.ServiceProvider.GetRequiredService<ProviderDirectory>().CatalogAsync(cancellationToken);
            candidates = await db.Cases.AsNoTracking()
                .Where(c => c.Kind == CaseKinds.Referral && c.State == nameof(ReferralState.Active) && c.Referral!.NextReportDue < today)
                .OrderBy(c => c.Referral!.NextReportDue)
                .Select(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        var noted = 0;
        foreach (var id in candidates)
        {
            noted += await NoteAsync(id, providers, now, cancellationToken) ? 1 : 0;
        }

        return noted;
    }

    private async Task<bool> NoteAsync(Guid caseId, ProviderCatalog providers, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var @case = await db.Cases.FirstAsync(c => c.Id == caseId, cancellationToken);
        var file = @case.Referral!;
        var today = calendar.DateOf(now);
        var interval = providers.Find(file.Provider)?.ReportIntervalDays ?? rules.On(today).ReportIntervalDays;
        if (!ReportWatch.NeedsNotice(@case, today, interval))
        {
            return false;
        }

        var overdueDays = ReportWatch.OverdueDays(file, today);
        ReportWatch.RecordNotice(@case, today);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = EngineActors.SystemUserName,
            SubjectType = "case",
            SubjectId = @case.Id,
            Action = JournalAction,
            FromState = @case.State,
            ToState = @case.State,
            Reason = $"Bericht des Trägers seit {overdueDays} Tagen überfällig (fällig am {file.NextReportDue:yyyy-MM-dd}, Intervall {interval} Tage).",
        });
        scope.ServiceProvider.GetRequiredService<OutboxWriter>().PublishFromCase(CaseMessages.ProviderReportOverdue, @case.Id, JournalAction);
        var provider = providers.Find(file.Provider)?.Name ?? file.Provider;
        await scope.ServiceProvider.GetRequiredService<ProviderAnswerFollowUps>().StageUnlessAwaitedAsync(
            @case,
            CaseMessages.ProviderReportOverdue,
            $"Bericht des Trägers {provider} seit {overdueDays} Tagen überfällig: bitte beim Träger nachfordern.",
            EngineActors.SystemUserName,
            now,
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another host noted it, or the case changed meanwhile (e.g. a report arrived): the next round decides again.
            logger.LogInformation("Case {CaseId} changed while noting an overdue report; left for the next round", caseId);
            return false;
        }
    }
}
