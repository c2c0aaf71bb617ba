using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>
/// Anonymises one case in one transaction: the free texts of its file (bFM, outreach, referral), the reasons, notes and
/// data of its journal lines and of its workflow instances' lines, the variables of its ended instances, the texts of
/// its follow-ups, notices and goal interventions; kind, states, dates, counts, exit reason and caseworkers stay (the
/// aggregates). Marks the case and journals the run on it. False when the case is no longer due or changed meanwhile.
/// </summary>
public sealed class CaseAnonymiser(CaseFlowDbContext db, RetentionPlanner planner)
{
    public async Task<bool> AnonymiseAsync(Guid caseId, DateOnly on, RetentionRun run, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await planner.Due(on).AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return false;
        }

        var @case = await db.Cases.FirstAsync(c => c.Id == caseId, cancellationToken);
        var entry = db.Entry(@case);
        entry.Property(RetentionMarkConfiguration.AnonymisedAt).CurrentValue = now;
        ClearFile(entry);

        var instanceIds = await db.WorkflowInstances.Where(i => i.CaseId == caseId).Select(i => i.Id).ToListAsync(cancellationToken);
        await db.Journal.Where(j => (j.SubjectType == "case" && j.SubjectId == caseId) || (j.SubjectType == "instance" && instanceIds.Contains(j.SubjectId)))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Reason, (string?)null).SetProperty(j => j.Note, (string?)null).SetProperty(j => j.Data, (string?)null), cancellationToken);
        await db.WorkflowInstances.Where(i => i.CaseId == caseId && i.Status != InstanceStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Variables, "{}"), cancellationToken);
        await db.Set<Incident>().Where(i => instanceIds.Contains(i.InstanceId))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Message, Anonymised.Text), cancellationToken);
        await db.FollowUps.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Reason, Anonymised.Text), cancellationToken);
        await db.Notifications.Where(n => n.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, Anonymised.Text), cancellationToken);
        await db.OutreachSummaries.Where(o => o.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Text, Anonymised.Text), cancellationToken);
        await db.Set<GoalIntervention>().Where(i => i.CaseId == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Description, Anonymised.Text), cancellationToken);

        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = run.Actor,
            SubjectType = "case",
            SubjectId = caseId,
            Action = Anonymised.JournalAction,
            FromState = @case.State,
            ToState = @case.State,
            Data = JsonSerializer.Serialize(new { runId = run.Id, kind = @case.Kind, years = planner.YearsOf(@case.Kind), dueOn = planner.DueOn(@case.Kind, @case.UpdatedAt) }),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed by someone else (another host's run) since it was read: leave it to the next run.
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void ClearFile(EntityEntry<Case> entry)
    {
        if (entry.Reference(c => c.Bfm).TargetEntry is { } bfm)
        {
            SetNull(bfm, "ExceptionJustification", "PrognosisReasons", "ClosingPlan", "ExtensionJustification");
            SetEmpty(bfm, "Strengths", "Obstacles", "Goals", "Steps");
        }

        if (entry.Reference(c => c.Outreach).TargetEntry is { } outreach)
        {
            SetNull(outreach, "ExtensionJustification", "LastSanctionDecision", "ReturnReason");
            SetEmpty(outreach, "JointMeetingParticipants");
        }

        if (entry.Reference(c => c.Referral).TargetEntry is { } referral)
        {
            SetNull(referral, "DeclinedReason", "LastReportSummary", "LastReportNextSteps", "EndReason");
        }
    }

    private static void SetNull(EntityEntry owned, params string[] properties)
    {
        foreach (var property in properties)
        {
            owned.Property(property).CurrentValue = null;
        }
    }

    private static void SetEmpty(EntityEntry owned, params string[] properties)
    {
        foreach (var property in properties)
        {
            owned.Property(property).CurrentValue = new List<string>();
        }
    }
}
