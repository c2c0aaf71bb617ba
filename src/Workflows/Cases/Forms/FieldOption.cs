namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>An allowed value of a choice field and its German label.</summary>
public sealed record FieldOption(string Value, string Label);
