using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// Evaluates the model's expressions against the step (roots <c>vars</c> and <c>case</c>, the step's time);
/// a failing or unusable result becomes an <see cref="ElementFailure"/>, i.e. an incident at the element.
/// </summary>
internal static class Evaluation
{
    public static ExpressionScope Scope(Step step) =>
        new(new Dictionary<string, JsonNode?> { ["vars"] = step.Variables, ["case"] = step.CaseData() }, Offset(step.Now));

    public static bool Condition(Step step, SequenceFlow flow, Expression condition)
    {
        try
        {
            return condition.IsTrue(Scope(step));
        }
        catch (ExpressionException error)
        {
            throw new ElementFailure($"Bedingung ungültig (invalid condition) an Fluss '{flow.Name ?? flow.Id}' ({condition.Text}): {error.Message}");
        }
    }

    /// <summary>The value as text (a user name, a key, a reason); null when the expression gives null.</summary>
    public static string? Text(Step step, Expression expression, string what)
    {
        object? value;
        try
        {
            value = expression.Evaluate(Scope(step));
        }
        catch (ExpressionException error)
        {
            throw new ElementFailure($"{what}: Ausdruck fehlgeschlagen (expression failed) '{expression.Text}': {error.Message}");
        }

        return AsText(value) ?? (value is null ? null : throw new ElementFailure(
            $"{what}: '{expression.Text}' ergibt keinen einfachen Wert (not a text, number or boolean)."));
    }

    /// <summary>The value as non-empty text; null or an empty text is a failure.</summary>
    public static string RequiredText(Step step, Expression expression, string what)
    {
        var text = Text(step, expression, what);
        return string.IsNullOrWhiteSpace(text)
            ? throw new ElementFailure($"{what}: '{expression.Text}' ergibt keinen Wert (null or empty).")
            : text.Trim();
    }

    private static string? AsText(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        Guid id => id.ToString(),
        IFormattable number and (int or long or decimal or double) => number.ToString(null, CultureInfo.InvariantCulture),
        JsonValue json => JsonText(json),
        _ => null,
    };

    private static string? JsonText(JsonValue json) => json.GetValueKind() switch
    {
        JsonValueKind.String => json.GetValue<string>(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => json.ToJsonString(),
        _ => null,
    };

    private static DateTimeOffset Offset(DateTime now) =>
        now.Kind == DateTimeKind.Local ? new DateTimeOffset(now) : new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc), TimeSpan.Zero);
}
