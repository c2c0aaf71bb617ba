namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>agree-plan</c>.</summary>
public sealed record PlanData(PlanType PlanType, DateOnly NextReviewDue);
