namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>accept</c>: the working alliance (Arbeitsbündnis) and whether the IFK stays secondary caseworker.</summary>
public sealed record AcceptData(bool WorkingAlliance, bool IfkStaysSecondary);
