using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Http;

/// <summary>
/// Enforces <see cref="TextLimitAttribute"/> while a request body is read: a text over its limit, or one of only spaces and
/// invisible characters, stops the reading with an <see cref="ActionInputException"/> (400 naming the field and the limit),
/// so nothing is saved. Texts, lists of texts and dictionaries of texts are covered.
/// </summary>
public static class TextLimitModifier
{
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (LimitOf(type.Type, property) is not { } limit)
            {
                continue;
            }

            property.CustomConverter = property.PropertyType switch
            {
                var t when t == typeof(string) => new LimitedText(property.Name, limit),
                var t when t == typeof(IReadOnlyList<string>) => new LimitedTextList(property.Name, limit),
                var t when t == typeof(Dictionary<string, string>) => new LimitedTextMap(property.Name, limit),
                _ => property.CustomConverter,
            };
        }
    }

    private static int? LimitOf(Type owner, JsonPropertyInfo property)
    {
        if (property.AttributeProvider?.GetCustomAttributes(typeof(TextLimitAttribute), true).FirstOrDefault() is TextLimitAttribute onProperty)
        {
            return onProperty.MaxLength;
        }

        // A positional record's attribute sits on the constructor parameter.
        var parameter = owner.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => string.Equals(p.Name, (property.AttributeProvider as MemberInfo)?.Name, StringComparison.Ordinal));
        return parameter?.GetCustomAttribute<TextLimitAttribute>()?.MaxLength;
    }

    internal static string Checked(string field, string text, int limit) =>
        FreeText.ProblemOf(field, text, limit) is { } problem ? throw new ActionInputException(field, problem) : text;

    private sealed class LimitedText(string field, int limit) : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? Checked(field, reader.GetString()!, limit)
                : throw new JsonException($"Das Feld '{field}' muss ein Text sein.");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class LimitedTextList(string field, int limit) : JsonConverter<IReadOnlyList<string>>
    {
        public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var items = JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? [];
            return items.Select((item, i) => item is null ? item! : Checked($"{field}[{i}]", item, limit)).ToList();
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, options);
    }

    private sealed class LimitedTextMap(string field, int limit) : JsonConverter<Dictionary<string, string>>
    {
        public override Dictionary<string, string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? [];
            foreach (var (key, value) in map)
            {
                Checked($"{field}.{key[..Math.Min(key.Length, 40)]}", key, limit);
                Checked($"{field}.{key[..Math.Min(key.Length, 40)]}", value ?? string.Empty, limit);
            }

            return map;
        }

        public override void Write(Utf8JsonWriter writer, Dictionary<string, string> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, options);
    }
}
