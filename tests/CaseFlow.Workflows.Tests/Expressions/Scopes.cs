using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Tests.Calendars;

namespace CaseFlow.Workflows.Tests.Expressions;

/// <summary>Sample variables and case JSON, a fixed clock, and shortcuts to parse and evaluate.</summary>
internal static class Scopes
{
    public static readonly DateTimeOffset Now = new(2026, 1, 31, 10, 30, 0, TimeSpan.FromHours(1));

    public const string Vars = """
        {
          "accepted": true, "rejected": false, "count": 3, "amount": 12.5, "name": "Anna",
          "tags": ["u25", "bfm"], "numbers": [1, 2, 3], "start": "2026-01-15", "at": "2026-01-31T08:00:00Z",
          "nothing": null, "address": { "city": "Köln" }, "people": [{ "n": 1 }, { "n": 2 }],
          "nested": [[1, 2], [3]], "empty": []
        }
        """;

    public const string Case = """
        {
          "id": "c-1", "kind": "bfm", "state": "Intake", "mainCaseworker": "fm.meier",
          "customer": { "age": 23, "profile": "complex" }
        }
        """;

    public static ExpressionScope Scope(string vars = Vars, string caseJson = Case) =>
        new(new Dictionary<string, JsonNode?> { ["vars"] = JsonNode.Parse(vars), ["case"] = JsonNode.Parse(caseJson) }, Now, Berlin.Calendar);

    public static object? Eval(string text, string vars = Vars) => Expression.Parse(text).Evaluate(Scope(vars));

    public static bool IsTrue(string text, string vars = Vars) => Expression.Parse(text).IsTrue(Scope(vars));

    public static ExpressionException ParseError(string text) => Assert.Throws<ExpressionException>(() => Expression.Parse(text));

    public static ExpressionException RuntimeError(string text, string vars = Vars)
    {
        var expression = Expression.Parse(text);
        return Assert.Throws<ExpressionException>(() => expression.Evaluate(Scope(vars)));
    }
}
