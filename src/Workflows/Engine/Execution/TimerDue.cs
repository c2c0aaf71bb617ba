using System.Globalization;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Expressions.Evaluation;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// When a timer is due: after its duration from the step's time (days and months on the Jobcenter's calendar), or at
/// the date its <c>cf:dueDate</c> expression gives. A date means 00:00 of that day in the Jobcenter's time zone
/// (Europe/Berlin: 23:00 UTC the day before in winter, 22:00 UTC in summer), not 00:00 UTC. A due date expression
/// without a value is a failure at the element.
/// </summary>
internal static class TimerDue
{
    public static DateTime Of(Step step, string elementId, TimerDefinition timer)
    {
        if (timer.DueDate is not { } expression)
        {
            return step.Calendar.Add(step.Now, timer.Duration);
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

    /// <summary>
    /// The expression's date as a UTC time (a date: its start in the Jobcenter's time zone); null when it gives null;
    /// <see cref="ExpressionException"/> for any other value.
    /// </summary>
    public static DateTime? Evaluate(Expression expression, ExpressionScope scope) => expression.Evaluate(scope) switch
    {
        null => null,
        DateOnly day => scope.Calendar.StartOf(day),
        DateTimeOffset instant => instant.UtcDateTime,
        string text when Temporal.TryParseDate(text, out var day) => scope.Calendar.StartOf(day),
        string text when Temporal.TryParseDateTime(text, out var instant) => instant.UtcDateTime,
        var other => throw new ExpressionException($"'{expression.Text}' ergibt {Values.Describe(other)}, kein Datum (not a date).", 0),
    };

    public static string Text(DateTime due) => due.ToString("O", CultureInfo.InvariantCulture);
}
