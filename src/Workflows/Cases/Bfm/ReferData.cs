namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>refer</c>: the customer's consent, or an exception with its justification.</summary>
public sealed record ReferData(bool Consent, string? ExceptionJustification);
