namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>A recorded field in words: its German label and value (e.g. "Art des Plans": "Kooperationsplan").</summary>
public sealed record FieldValue(string Label, string Value);
