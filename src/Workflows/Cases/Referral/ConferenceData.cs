namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// Payload of <c>case-conference</c>: the decision, to continue optionally the date of the next conference,
/// and optionally the reason (recorded as the end reason when the conference ends the delegation).
/// </summary>
public sealed record ConferenceData(ConferenceDecision Decision, DateOnly? NextConferenceDue, string? Reason);
