using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Cases;

/// <summary>
/// Stages what a lifecycle action produced, whether a person took it through the Cases API or a workflow
/// through <c>case.fire</c>: the journal line, the follow-ups, and on the bus (outbox) <see cref="CaseTransitioned"/>,
/// one <see cref="FollowUpCreated"/> per follow-up and the message for waiting workflows.
/// </summary>
public sealed class CaseOutcomeWriter(CaseFlowDbContext db, OutboxWriter outbox)
{
    public void Stage(ActionOutcome outcome)
    {
        var journal = outcome.Journal;
        db.Journal.Add(journal);
        db.Journal.AddRange(outcome.CustomerJournal);
        outbox.Publish(new CaseTransitioned(journal.SubjectId, journal.Action, journal.FromState, journal.ToState, journal.Actor, journal.At));
        foreach (var followUp in outcome.FollowUps)
        {
            StageFollowUp(followUp);
        }

        if (outcome.PublishedMessage is { } message)
        {
            outbox.PublishFromCase(message, journal.SubjectId, journal.Action);
        }
    }

    /// <summary>Stages a follow-up and its <see cref="FollowUpCreated"/>.</summary>
    public void StageFollowUp(FollowUp followUp)
    {
        db.FollowUps.Add(followUp);
        outbox.Publish(new FollowUpCreated(followUp.Id, followUp.CaseId, followUp.Assignee, followUp.DueAt));
    }
}
