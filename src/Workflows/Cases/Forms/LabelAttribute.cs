namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>The German label users see for an enum value (e.g. an exit reason); forms and the vocabulary read it.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
