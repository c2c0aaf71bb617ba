namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>
/// Reads an action's input through its <see cref="ActionForm"/>: every read names a declared field of the right type
/// and required-ness (else the action is wrongly described, an <see cref="InvalidOperationException"/>), enforces the
/// field's limits, and delegates the parsing to <see cref="DataReader"/>. It remembers which fields were read, so a
/// test proves that the served schema and the reading agree for every action.
/// </summary>
public sealed class FormReader(ActionForm form, ActionInput input)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    /// <summary>The paths (<c>reason</c>, <c>data.x</c>) read so far.</summary>
    public IReadOnlyCollection<string> FieldsRead => read;

    public bool RequiredBool(string name) => Data(name, InputFieldType.Boolean, true).Read.RequiredBool(name);

    public bool? OptionalBool(string name) => Data(name, InputFieldType.Boolean, false).Read.OptionalBool(name);

    public string RequiredString(string name) => Limited(Field(name, InputFieldType.Text, true), input.Read.RequiredString(name));

    public string? OptionalString(string name)
    {
        var field = Field(name, InputFieldType.Text, false);
        return input.Read.OptionalString(name) is { } text ? Limited(field, text) : null;
    }

    /// <summary>The texts of a <see cref="InputFieldType.TextList"/> field; each item within the field's limit, at most <paramref name="maxItems"/>.</summary>
    public IReadOnlyList<string> StringList(string name, int maxItems = int.MaxValue)
    {
        var field = Field(name, InputFieldType.TextList, false);
        var items = input.Read.StringList(name);
        if (items.Count > maxItems)
        {
            throw new ActionInputException(field.Path, $"Das Feld {field.Label} ({field.Path}) hat zu viele Einträge: höchstens {maxItems}, nicht {items.Count}.");
        }

        foreach (var item in items)
        {
            Limited(field, item);
        }

        return items;
    }

    /// <summary>The chosen values of a <see cref="InputFieldType.Choices"/> field; the caller checks them against the catalogue.</summary>
    public IReadOnlyList<string> Choices(string name) => Data(name, InputFieldType.Choices, false).Read.StringList(name);

    /// <summary>The text of a required <see cref="InputFieldType.Choice"/> field that is no enum; the caller canonicalises it.</summary>
    public string RequiredChoice(string name) => Data(name, InputFieldType.Choice, true).Read.RequiredString(name);

    public TEnum RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Data(name, InputFieldType.Choice, true).Read.RequiredEnum<TEnum>(name);

    public DateOnly RequiredDate(string name) => Data(name, InputFieldType.Date, true).Read.RequiredDate(name);

    public DateOnly? OptionalDate(string name) => Data(name, InputFieldType.Date, false).Read.OptionalDate(name);

    public string RequiredReason() => Limited(Reason(InputFieldType.Text, true), input.RequiredReason());

    public string? OptionalReason()
    {
        var field = Reason(InputFieldType.Text, false);
        return Texts.FreeText.IsBlank(input.Reason) ? null : Limited(field, input.Reason!.Trim());
    }

    /// <summary>The reason as one value of a closed list.</summary>
    public TEnum ReasonEnum<TEnum>()
        where TEnum : struct, Enum
    {
        Reason(InputFieldType.Choice, true);
        return DataReader.ParseEnum<TEnum>("reason", input.RequiredReason());
    }

    private ActionInput Data(string name, InputFieldType type, bool required)
    {
        Field(name, type, required);
        return input;
    }

    private InputField Field(string name, InputFieldType type, bool required) => Declared(name, InputLocation.Data, type, required);

    private InputField Reason(InputFieldType type, bool required) => Declared("reason", InputLocation.Reason, type, required);

    private InputField Declared(string name, InputLocation location, InputFieldType type, bool required)
    {
        var field = form.Find(name, location);
        if (field is null || field.Type != type || field.Required != required)
        {
            throw new InvalidOperationException(
                $"The form '{form.Label}' does not declare the {(required ? "required" : "optional")} {type} field '{name}' ({location}) that its action reads.");
        }

        read.Add(field.Path);
        return field;
    }

    private static string Limited(InputField field, string text) =>
        field.MaxLength is { } max && text.Length > max
            ? throw new ActionInputException(field.Path, Texts.FreeText.TooLong($"{field.Label} ({field.Path})", max, text.Length))
            : text;
}
