namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>review</c>.</summary>
public sealed record ReviewData(DateOnly? NextReviewDue, string? ExtensionJustification);
