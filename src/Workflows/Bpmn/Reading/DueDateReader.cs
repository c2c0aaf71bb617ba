using System.Xml.Linq;
using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// Reads a timer's <c>cf:dueDate</c>: an expression over the case data and variables that gives a date or a
/// date-time (or a path whose type is only known at run time), e.g. <c>case.bfm.nextReviewDue</c>. It replaces
/// timeDuration/timeCycle/timeDate, so the definition must have none of them.
/// </summary>
internal static class DueDateReader
{
    public static TimerDefinition? Read(XElement definition, string text, string ownerId, ProblemList problems)
    {
        if (definition.Elements().Any(e => IsBpmn(e) && e.Name.LocalName is "timeDuration" or "timeCycle" or "timeDate"))
        {
            problems.Add(ownerId,
                $"Der Timer von '{ownerId}' hat cf:dueDate und zusätzlich timeDuration/timeCycle/timeDate (two clocks); "
                + "bitte nur eines angeben: cf:dueDate (Zeitpunkt aus den Falldaten) oder eine Dauer.");
            return null;
        }

        if (!Expression.TryParse(text, out var expression, out var error))
        {
            problems.Add(ownerId, $"Ausdruck ungültig (invalid expression) in cf:dueDate des Timers von '{ownerId}' – '{text}': {error!.Message}");
            return null;
        }

        if (expression!.Type is not (ExpressionType.Date or ExpressionType.DateTime or ExpressionType.Any))
        {
            problems.Add(ownerId,
                $"cf:dueDate des Timers von '{ownerId}' – '{text}' ergibt {expression.Type.ToString().ToLowerInvariant()}, "
                + "kein Datum (not a date or date-time). Beispiel: case.bfm.nextReviewDue.");
            return null;
        }

        return TimerDefinition.At(expression);
    }
}
