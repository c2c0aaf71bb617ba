namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>
/// One field of an action's input, as the lifecycles route serves it and as the action reads it (<see cref="FormReader"/>):
/// the name (<c>reason</c> or a property of <c>data</c>), the type, whether it is required, the German label, the
/// allowed values with German labels and the limits (served in the request's language: <see cref="InLanguage"/>). <paramref name="Lookup"/> names a list the client fetches for the
/// values (<c>providers</c>: <c>GET /api/providers</c>; <c>goals</c>: the case's customer's fa:z goals, <c>GET /api/customers/{id}/goals</c>, values their ids) when they are not fixed.
/// </summary>
public sealed record InputField(
    string Name,
    InputLocation Location,
    InputFieldType Type,
    bool Required,
    string Label,
    IReadOnlyList<FieldOption> Options,
    int? MaxLength = null,
    string? Hint = null,
    string? Lookup = null)
{
    /// <summary>The name the action's errors use: <c>reason</c> or <c>data.name</c>.</summary>
    public string Path => Location == InputLocation.Reason ? "reason" : $"data.{Name}";

    /// <summary>The field with its label, hint and option labels in the request's language (<see cref="Language.Terms"/>).</summary>
    public InputField InLanguage() => this with
    {
        Label = Language.Terms.Say(Label),
        Hint = Hint is null ? null : Language.Terms.Say(Hint),
        Options = Language.Terms.Say(Options),
    };

    /// <summary>The label of an allowed value, or the value itself.</summary>
    public string LabelOf(string value) =>
        Options.FirstOrDefault(option => string.Equals(option.Value, value, StringComparison.OrdinalIgnoreCase))?.Label ?? value;
}
