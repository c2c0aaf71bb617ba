namespace CaseFlow.Workflows.Cases;

/// <summary>What one action did: the journal line and any follow-ups; the Host saves them with the case in one transaction.</summary>
public sealed record ActionOutcome(JournalEntry Journal, IReadOnlyList<FollowUp> FollowUps);
