using System.Globalization;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Expressions.Evaluation;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// When a timer is due: after its duration from the step's time, or at the date its <c>cf:dueDate</c> expression
/// gives (a date means 00:00 UTC of that day). A due date expression without a value is a failure at the element.
/// </summary>
internal static class TimerDue
{
    public static DateTime Of(Step step, string elementId, TimerDefinition timer)
    {
        if (timer.DueDate is not { } expression)
        {
            return timer.Duration.AddTo(step.Now);
        }

        try
        {
            return Evaluate(expression, StepExpressions.Scope(step))
                ?? throw new ElementFailure(
                    $"Timer '{elementId}': cf:dueDate '{expression.Text}' ergibt kein Datum (no due date); der Wert fehlt in den Falldaten.");
        }
        catch (ExpressionException error)
        {
            throw new ElementFailure($"Timer '{elementId}': cf:dueDate '{expression.Text}' fehlgeschlagen (expression failed): {error.Message}");
        }
    }

    /// <summary>The expression's date as a UTC time; null when it gives null; <see cref="ExpressionException"/> for any other value.</summary>
    public static DateTime? Evaluate(Expression expression, ExpressionScope scope) => expression.Evaluate(scope) switch
    {
        null => null,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset instant => instant.UtcDateTime,
        string text when Temporal.TryParseDate(text, out var day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        string text when Temporal.TryParseDateTime(text, out var instant) => instant.UtcDateTime,
        var other => throw new ExpressionException($"'{expression.Text}' ergibt {Values.Describe(other)}, kein Datum (not a date).", 0),
    };

    public static string Text(DateTime due) => due.ToString("O", CultureInfo.InvariantCulture);
}
