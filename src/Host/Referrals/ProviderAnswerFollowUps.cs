using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Referrals;

/// <summary>
/// A provider's decline, a report and an overdue report must reach the FM. The shipped workflows make them tasks:
/// <c>provider-referral</c> waits for <c>HandoverDeclined</c> and <c>ProviderReportReceived</c>, <c>provider-report-overdue</c>
/// starts on <c>ProviderReportOverdue</c>. When no workflow takes the message at this moment (no running instance of the
/// case waits for it and no published workflow of the case's kind starts on it: e.g. a report while the FM still reads the
/// last one, a decline while the reminder task is open, a workflow cancelled or replaced), a follow-up for the case's main
/// caseworker is staged in the same unit of work as the answer. Not when that caseworker recorded the answer themself.
/// </summary>
public sealed class ProviderAnswerFollowUps(CaseFlowDbContext db, WorkflowDefinitions definitions, CaseOutcomeWriter outcomes)
{
    public const string CreatedAction = "follow-up-created";

    /// <summary>After a case action was staged: a follow-up for a provider's decline or report nobody waits for.</summary>
    public async Task StageAfterActionAsync(Case @case, string action, ActionInput input, Actor actor, ProviderCatalog providers, DateTime now, CancellationToken cancellationToken)
    {
        var message = @case.Kind == CaseKinds.Referral ? MessageOf(action) : null;
        if (message is null || actor.UserName == @case.MainCaseworker)
        {
            return;
        }

        var provider = providers.Find(@case.Referral?.Provider)?.Name ?? @case.Referral?.Provider ?? "?";
        var text = action == ReferralTriggers.ProviderDecline.Name
            ? $"Der Träger {provider} hat die Überleitung abgelehnt: {input.Reason?.Trim()}"
            : $"Neuer Bericht des Trägers {provider}: bitte sichten.";
        await StageUnlessAwaitedAsync(@case, message, text, actor.UserName, now, cancellationToken);
    }

    /// <summary>Stages a follow-up for the case's main caseworker unless a workflow takes <paramref name="message"/>; true when staged.</summary>
    public async Task<bool> StageUnlessAwaitedAsync(Case @case, string message, string text, string by, DateTime now, CancellationToken cancellationToken)
    {
        if (await IsAwaitedAsync(@case, message, cancellationToken))
        {
            return false;
        }

        var followUp = new FollowUp
        {
            CaseId = @case.Id,
            CustomerId = @case.CustomerId,
            Assignee = @case.MainCaseworker,
            DueAt = now,
            Reason = text,
            CreatedAt = now,
            CreatedBy = by,
        };
        outcomes.StageFollowUp(followUp);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = by,
            SubjectType = "case",
            SubjectId = @case.Id,
            Action = CreatedAction,
            FromState = @case.State,
            ToState = @case.State,
            Reason = $"Kein Ablauf wartet auf {message}: Wiedervorlage für {@case.MainCaseworker}.",
            Sequence = 1,
        });
        return true;
    }

    private static string? MessageOf(string action) =>
        action == ReferralTriggers.ProviderDecline.Name ? CaseMessages.HandoverDeclined
        : action == ReferralTriggers.Report.Name ? CaseMessages.ProviderReportReceived
        : null;

    /// <summary>Whether a running instance of the case waits for the message (saved or staged), or a published workflow starts on it.</summary>
    private async Task<bool> IsAwaitedAsync(Case @case, string message, CancellationToken cancellationToken)
    {
        var key = @case.Id.ToString();
        var saved = await db.MessageSubscriptions.AsNoTracking()
            .Where(s => s.MessageName == message && s.CorrelationKey == key)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var tracked = db.ChangeTracker.Entries<MessageSubscription>()
            .Where(e => e.Entity.MessageName == message && e.Entity.CorrelationKey == key)
            .ToList();
        var removed = tracked.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        if (saved.Any(id => !removed.Contains(id)) || tracked.Any(e => e.State == EntityState.Added))
        {
            return true;
        }

        return (await definitions.LatestPublishedAsync(cancellationToken)).Any(w =>
            (w.CaseKind is null || w.CaseKind == @case.Kind) && w.Model.StartEvents.Any(s => s.Message?.Name == message));
    }
}
