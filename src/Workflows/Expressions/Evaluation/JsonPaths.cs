using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>Follows a path into the scope's JSON roots and converts what it finds into a runtime value.</summary>
internal static class JsonPaths
{
    /// <summary>The JSON node at the path; null when a member is missing or JSON null.</summary>
    public static JsonNode? Resolve(PathNode path, ExpressionScope scope)
    {
        var current = scope.Roots.GetValueOrDefault(path.Root);
        for (var i = 0; i < path.Members.Count && current is not null; i++)
        {
            if (current is not JsonObject obj)
            {
                var parent = path.Root + string.Concat(path.Members.Take(i).Select(m => "." + m));
                throw new ValueException(
                    $"{parent} ist kein Objekt (not an object), {parent}.{path.Members[i]} gibt es daher nicht");
            }

            current = obj[path.Members[i]];
        }

        return current;
    }

    public static object? ToValue(JsonNode? node, string where, Budget budget) => node switch
    {
        null => null,
        JsonObject => throw new ValueException(
            $"{where} ist ein Objekt (object); bitte ein Feld darin ansprechen, z. B. {where}.name"),
        JsonArray array => ToList(array, where, budget),
        JsonValue value => ToScalar(value, where),
        _ => throw new ValueException($"{where} hat einen unbekannten JSON-Wert"),
    };

    public static void CheckLength(int count, string where)
    {
        if (count > ExpressionLimits.MaxListLength)
        {
            throw new ValueException(
                $"{where} ist zu lang (list longer than {ExpressionLimits.MaxListLength} items): {count} Einträge");
        }
    }

    private static List<object?> ToList(JsonArray array, string where, Budget budget)
    {
        CheckLength(array.Count, where);
        budget.Spend(array.Count);
        var items = new List<object?>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            items.Add(ToValue(array[i], $"{where}[{i}]", budget));
        }

        return items;
    }

    private static object ToScalar(JsonValue value, string where)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                if (value.TryGetValue<string>(out var text))
                {
                    return text;
                }

                using (var document = JsonDocument.Parse(value.ToJsonString()))
                {
                    return document.RootElement.GetString()!;
                }

            case JsonValueKind.Number:
                if (value.TryGetValue<decimal>(out var number))
                {
                    return number;
                }

                return decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
                    ? number
                    : throw new ValueException($"{where} ist eine Zahl außerhalb des Bereichs (number out of range)");
            default:
                throw new ValueException($"{where} hat einen unbekannten JSON-Wert");
        }
    }
}
