namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>
/// The input schema of one case action: its German label and its fields. The action reads its input only through a
/// <see cref="FormReader"/> over this form, so what the lifecycles route serves is what the action reads.
/// </summary>
public sealed record ActionForm(string Label, IReadOnlyList<InputField> Fields)
{
    public static ActionForm Of(string label, params InputField[] fields) => new(label, fields);

    /// <summary>The form with its labels, hints and option labels in the request's language (<see cref="Language.Terms"/>).</summary>
    public ActionForm InLanguage() => new(Language.Terms.Say(Label), [.. Fields.Select(field => field.InLanguage())]);

    /// <summary>The declared field <paramref name="name"/> at <paramref name="location"/>, or null.</summary>
    public InputField? Find(string name, InputLocation location) =>
        Fields.FirstOrDefault(field => field.Name == name && field.Location == location);
}
