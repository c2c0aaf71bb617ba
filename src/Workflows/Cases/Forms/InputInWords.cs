using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>
/// An action's recorded input in words for the case history: each filled field of its form with its label and the value
/// as users read it (ja/nein, the option's label, dates as <c>TT.MM.JJJJ</c>, lists joined), in the request's language
/// (<see cref="Terms"/>); typed text stays as it was entered.
/// </summary>
public static class InputInWords
{
    public static IReadOnlyList<FieldValue> Describe(ActionForm form, string? reason, string? dataJson)
    {
        using var document = string.IsNullOrWhiteSpace(dataJson) ? null : JsonDocument.Parse(dataJson);
        var data = document?.RootElement is { ValueKind: JsonValueKind.Object } root ? root : (JsonElement?)null;
        var described = new List<FieldValue>();
        foreach (var field in form.InLanguage().Fields)
        {
            var text = field.Location == InputLocation.Reason
                ? (string.IsNullOrWhiteSpace(reason) ? null : Words(field, reason.Trim()))
                : data is { } obj && obj.TryGetProperty(field.Name, out var value) ? Words(field, value) : null;
            if (!string.IsNullOrEmpty(text))
            {
                described.Add(new FieldValue(field.Label, text));
            }
        }

        return described;
    }

    private static string? Words(InputField field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => Terms.YesNo(true),
        JsonValueKind.False => Terms.YesNo(false),
        JsonValueKind.String => Words(field, value.GetString() ?? string.Empty),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => field.LabelOf(item.GetString()!))),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static string Words(InputField field, string text) => field.Type switch
    {
        InputFieldType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
            Terms.Date(date),
        InputFieldType.Choice => field.LabelOf(text),
        _ => text,
    };
}
