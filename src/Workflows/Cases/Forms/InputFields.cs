namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>Builds the fields of action forms (<see cref="ActionForm"/>), with the limits CaseFlow checks.</summary>
public static class InputFields
{
    /// <summary>The longest text a field takes unless it says otherwise.</summary>
    public const int DefaultMaxLength = 2000;

    public static InputField Bool(string name, string label, bool required = false, string? hint = null) =>
        new(name, InputLocation.Data, InputFieldType.Boolean, required, label, [], Hint: hint);

    public static InputField Text(string name, string label, bool required = false, int maxLength = DefaultMaxLength, string? hint = null) =>
        new(name, InputLocation.Data, InputFieldType.Text, required, label, [], maxLength, hint);

    public static InputField Date(string name, string label, bool required = false, string? hint = null) =>
        new(name, InputLocation.Data, InputFieldType.Date, required, label, [], Hint: hint);

    /// <summary>One value of the enum, offered with the German labels of its values.</summary>
    public static InputField Choice<TEnum>(string name, string label, bool required = true, string? hint = null)
        where TEnum : struct, Enum =>
        new(name, InputLocation.Data, InputFieldType.Choice, required, label, Labels.Options<TEnum>(), Hint: hint);

    public static InputField Choice(string name, string label, IReadOnlyList<FieldOption> options, bool required = true, string? hint = null) =>
        new(name, InputLocation.Data, InputFieldType.Choice, required, label, options, Hint: hint);

    /// <summary>Any number of the options; missing is none.</summary>
    public static InputField Choices(string name, string label, IReadOnlyList<FieldOption> options, string? hint = null) =>
        new(name, InputLocation.Data, InputFieldType.Choices, false, label, options, Hint: hint);

    /// <summary>A list of free texts (e.g. user names); missing is empty.</summary>
    public static InputField TextList(string name, string label, string? hint = null) =>
        new(name, InputLocation.Data, InputFieldType.TextList, false, label, [], MaxLength: 200, Hint: hint);

    /// <summary>The action's reason as free text.</summary>
    public static InputField Reason(string label, bool required = true, string? hint = null) =>
        new("reason", InputLocation.Reason, InputFieldType.Text, required, label, [], DefaultMaxLength, hint);

    /// <summary>The action's reason as one value of a closed list (e.g. the bFM exit reasons).</summary>
    public static InputField ReasonChoice<TEnum>(string label)
        where TEnum : struct, Enum =>
        new("reason", InputLocation.Reason, InputFieldType.Choice, true, label, Labels.Options<TEnum>());
}
