namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Payload of <c>extend</c>: why the activation phase continues, and until when.</summary>
public sealed record ExtensionData(string Justification, DateOnly Until);
