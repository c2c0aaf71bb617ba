using System.Globalization;
using System.Text.Json;

namespace CaseFlow.Workflows.Cases;

/// <summary>
/// Reads the <c>data</c> object of an action field by field, so that a missing or malformed field is
/// reported by its name (<c>data.planType</c>) with a message a caseworker understands.
/// </summary>
public readonly struct DataReader(JsonElement? data)
{
    public bool RequiredBool(string name) =>
        OptionalBool(name) ?? throw Missing(name, "ja/nein (true/false)");

    public bool? OptionalBool(string name) => Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Invalid(name, "muss true oder false sein"),
    };

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Missing(name, "Text");

    public string? OptionalString(string name) => Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => Texts.FreeText.IsBlank(Text(name, value)) ? null : Text(name, value).Trim(),
        _ => throw Invalid(name, "muss ein Text sein"),
    };

    /// <summary>A list of texts (e.g. user names); missing is empty, blank entries are dropped, duplicates kept once.</summary>
    public IReadOnlyList<string> StringList(string name) => Value(name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
            array.EnumerateArray()
                .Select(item => Text(name, item).Trim())
                .Where(item => !Texts.FreeText.IsBlank(item))
                .Distinct(StringComparer.Ordinal)
                .ToList(),
        _ => throw Invalid(name, "muss eine Liste von Texten sein"),
    };

    public TEnum RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        ParseEnum<TEnum>(Field(name), RequiredString(name));

    public DateOnly RequiredDate(string name) =>
        OptionalDate(name) ?? throw Missing(name, "Datum (JJJJ-MM-TT)");

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(name, "muss ein Datum im Format JJJJ-MM-TT sein");
    }

    /// <summary>Parses an enum value by its exact name, listing the allowed values when it is not one.</summary>
    public static TEnum ParseEnum<TEnum>(string field, string text)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } match
            ? Enum.Parse<TEnum>(match)
            : throw new ActionInputException(
                field,
                $"Unbekannter Wert '{text}' für {field}. Erlaubt: {string.Join(", ", Enum.GetNames<TEnum>())}.");

    private JsonElement? Value(string name)
    {
        if (data is not { ValueKind: JsonValueKind.Object } obj)
        {
            if (data is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
            {
                throw new ActionInputException("data", "data muss ein JSON-Objekt sein.");
            }

            return null;
        }

        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private static string Field(string name) => $"data.{name}";

    /// <summary>The text of a JSON string; a lone surrogate (<c>"\ud800"</c>) is a 400 naming the field, not a 500.</summary>
    private static string Text(string name, JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Invalid(name, "enthält ungültige Zeichen (invalid UTF-16: lone surrogate)");
        }
    }

    private static ActionInputException Missing(string name, string expected) =>
        new(Field(name), $"Das Feld {Field(name)} fehlt (erwartet: {expected}).");

    private static ActionInputException Invalid(string name, string problem) =>
        new(Field(name), $"Das Feld {Field(name)} {problem}.");
}
