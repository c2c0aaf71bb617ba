using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>refer</c>: the customer's consent, or an exception with its justification.</summary>
public sealed record ReferData(bool Consent, string? ExceptionJustification);

/// <summary>Payload of <c>waive</c> and <c>reject</c>: the documented reason.</summary>
public sealed record ReasonData(string Reason);

/// <summary>Payload of <c>accept</c>: the working alliance (Arbeitsbündnis) and whether the IFK stays secondary caseworker.</summary>
public sealed record AcceptData(bool WorkingAlliance, bool IfkStaysSecondary);

/// <summary>Payload of <c>agree-plan</c>.</summary>
public sealed record PlanData(PlanType PlanType, DateOnly NextReviewDue);

/// <summary>Payload of <c>review</c>.</summary>
public sealed record ReviewData(DateOnly? NextReviewDue, string? ExtensionJustification);

/// <summary>Payload of <c>exit</c>.</summary>
public sealed record ExitData(ExitReason Reason, ProfileCode FinalProfile);
