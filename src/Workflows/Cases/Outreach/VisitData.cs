namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Payload of <c>record-visit</c>: who went along, and the day (today when not given).</summary>
public sealed record VisitData(IReadOnlyList<string> Companions, DateOnly? VisitedOn);
