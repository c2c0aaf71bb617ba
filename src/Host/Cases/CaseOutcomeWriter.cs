using CaseFlow.Host.Messaging;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Cases;

/// <summary>
/// Stages what a lifecycle action produced, whether a person took it through the Cases API or a workflow
/// through <c>case.fire</c>: the journal line, the follow-ups and the message for waiting workflows (outbox).
/// </summary>
public sealed class CaseOutcomeWriter(CaseFlowDbContext db, OutboxWriter outbox)
{
    public void Stage(ActionOutcome outcome)
    {
        db.Journal.Add(outcome.Journal);
        db.FollowUps.AddRange(outcome.FollowUps);
        if (outcome.PublishedMessage is { } message)
        {
            outbox.AddCaseMessage(message, outcome.Journal.SubjectId, outcome.Journal.Action);
        }
    }
}
