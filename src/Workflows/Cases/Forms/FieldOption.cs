namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>An allowed value of a choice field and its label (German where defined; served in the request's language).</summary>
public sealed record FieldOption(string Value, string Label);
