namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>The kind of value an action input field takes; a form renders one control per type.</summary>
public enum InputFieldType
{
    /// <summary>ja/nein (JSON true/false).</summary>
    Boolean,

    /// <summary>A text, trimmed; <see cref="InputField.MaxLength"/> limits it.</summary>
    Text,

    /// <summary>A day, <c>JJJJ-MM-TT</c>.</summary>
    Date,

    /// <summary>One of <see cref="InputField.Options"/>.</summary>
    Choice,

    /// <summary>Any number of <see cref="InputField.Options"/> (a JSON list).</summary>
    Choices,

    /// <summary>A list of free texts, e.g. user names (a JSON list).</summary>
    TextList,
}
