namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Payload of <c>hold-joint-meeting</c>: who took part (<c>customer</c>, <c>pAp</c>, <c>aB-pAp</c>, others).</summary>
public sealed record JointMeetingData(IReadOnlyList<string> Participants);
