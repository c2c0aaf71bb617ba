using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// Evaluates the model's expressions against the step (roots <c>vars</c>, <c>case</c> and <c>rules</c>, the step's time, the Jobcenter's calendar);
/// a failing or unusable result becomes an <see cref="ElementFailure"/>, i.e. an incident at the element.
/// </summary>
internal static class StepExpressions
{
    public static ExpressionScope Scope(Step step) =>
        new(new Dictionary<string, JsonNode?> { ["vars"] = step.Variables, ["case"] = step.CaseData(), ["rules"] = step.RuleData() }, Offset(step.Now), step.Calendar);

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
        try
        {
            return expression.EvaluateString(Scope(step));
        }
        catch (ExpressionException error)
        {
            throw new ElementFailure($"{what}: Ausdruck fehlgeschlagen (expression failed) '{expression.Text}': {error.Message}");
        }
    }

    /// <summary>The value as non-empty text; null or an empty text is a failure.</summary>
    public static string RequiredText(Step step, Expression expression, string what)
    {
        var text = Text(step, expression, what);
        return string.IsNullOrWhiteSpace(text)
            ? throw new ElementFailure($"{what}: '{expression.Text}' ergibt keinen Wert (null or empty).")
            : text.Trim();
    }

    private static DateTimeOffset Offset(DateTime now) =>
        now.Kind == DateTimeKind.Local ? new DateTimeOffset(now) : new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc), TimeSpan.Zero);
}
