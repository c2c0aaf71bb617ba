using System.Text.Json;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// After a contact or missed appointment is staged: counts the missed appointments after the last contact that reached the
/// customer (dated order, the staged one included) and sets the customer's row and not-reachable mark
/// (<see cref="Reachability"/>, rule in force today). Becoming not reachable or reachable again is journaled on the
/// customer; a customer under the outreach age limit (U25, age on that day) who becomes not reachable gets a follow-up
/// for the responsible caseworker, "Übergabe an die aufsuchende Beratung prüfen", unless one is still open.
/// </summary>
public sealed class ReachabilityUpdate(CaseFlowDbContext db, RuleBook rules, CaseOutcomeWriter outcomes, JobcenterCalendar calendar)
{
    public const string OutreachSuggestion = "Übergabe an die aufsuchende Beratung prüfen";
    public const string NotReachableAction = "not-reachable";
    public const string ReachableAction = "reachable-again";
    public const string FollowUpAction = "follow-up-created";

    public async Task StageAsync(Customer customer, Contact staged, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(now);
        var rule = rules.Contacts.At(today);
        List<ContactChannel?> reaching = [.. rule.ReachingChannels.Select(channel => (ContactChannel?)channel)];
        var lastReach = await db.Contacts.AsNoTracking()
            .Where(c => c.CustomerId == customer.Id && c.Outcome == ContactOutcome.Attended && reaching.Contains(c.Channel))
            .OrderByDescending(c => c.OccurredAt)
            .Select(c => (DateTime?)c.OccurredAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (staged is { Outcome: ContactOutcome.Attended, Channel: { } channel } && rule.Reaches(channel) && (lastReach is null || staged.OccurredAt > lastReach))
        {
            lastReach = staged.OccurredAt;
        }

        var missed = await db.Contacts.AsNoTracking()
            .Where(c => c.CustomerId == customer.Id && c.Outcome == ContactOutcome.Missed && (lastReach == null || c.OccurredAt > lastReach))
            .Select(c => c.OccurredAt)
            .ToListAsync(cancellationToken);
        if (staged.Outcome == ContactOutcome.Missed && (lastReach is null || staged.OccurredAt > lastReach))
        {
            missed.Add(staged.OccurredAt);
        }

        var result = Reachability.Of(missed, rule);
        var wasNotReachable = customer.NotReachable;
        if (result.MissedInARow == customer.MissedInARow && result.NotReachableSince == customer.NotReachableSince)
        {
            return;
        }

        customer.SetReachability(result.MissedInARow, result.NotReachableSince);
        if (wasNotReachable == customer.NotReachable)
        {
            return;
        }

        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = "customer",
            SubjectId = customer.Id,
            Action = customer.NotReachable ? NotReachableAction : ReachableAction,
            Reason = customer.NotReachable
                ? $"{result.MissedInARow} versäumte Termine in Folge (nicht erreichbar, Neue Grundsicherung 2026)."
                : "Kontakt nach versäumten Terminen: wieder erreichbar.",
            Data = JsonSerializer.Serialize(new { missedInARow = result.MissedInARow, notReachableSince = result.NotReachableSince }),
            Sequence = 1,
        });
        if (customer.NotReachable && customer.AgeOn(today) < rules.Outreach.At(today).MaximumAge)
        {
            await SuggestOutreachAsync(customer, actor, now, cancellationToken);
        }
    }

    private async Task SuggestOutreachAsync(Customer customer, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.FollowUps.AsNoTracking().AnyAsync(
            f => f.CustomerId == customer.Id && f.CaseId == null && f.Reason == OutreachSuggestion && f.DoneAt == null, cancellationToken);
        if (open)
        {
            return;
        }

        var followUp = new FollowUp
        {
            CaseId = null,
            CustomerId = customer.Id,
            Assignee = customer.ResponsibleCaseworker,
            DueAt = now,
            Reason = OutreachSuggestion,
            CreatedAt = now,
            CreatedBy = actor.UserName,
        };
        outcomes.StageFollowUp(followUp);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = "customer",
            SubjectId = customer.Id,
            Action = FollowUpAction,
            Reason = $"Unter 25 und nicht erreichbar: Wiedervorlage für {customer.ResponsibleCaseworker}.",
            Data = JsonSerializer.Serialize(new { followUpId = followUp.Id, assignee = followUp.Assignee, reason = OutreachSuggestion }),
            Sequence = 2,
        });
    }
}
