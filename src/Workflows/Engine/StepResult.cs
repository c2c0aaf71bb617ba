using CaseFlow.Workflows.Cases;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// What one engine step produced besides the changes to the instance itself: journal lines, messages for the
/// outbox, follow-ups and notifications. The Host saves all of it with the instance in one transaction.
/// </summary>
public sealed class StepResult
{
    public List<JournalEntry> Journal { get; } = [];

    public List<OutgoingMessage> Messages { get; } = [];

    public List<FollowUp> FollowUps { get; } = [];

    public List<Notification> Notifications { get; } = [];
}
