using System.Xml.Linq;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Parses the expressions of a file (conditions, <c>cf:assignee</c>, ...) and turns every parse or type error into a problem.</summary>
internal static class ExpressionReader
{
    /// <summary>A sequence flow's condition: must parse and give a boolean (or a value only known at run time).</summary>
    public static Expression? Condition(string flowId, string? text, ProblemList problems)
    {
        if (text is null)
        {
            problems.Add(flowId, $"Die Bedingung (conditionExpression) von Sequenzfluss '{flowId}' ist leer (empty condition).");
            return null;
        }

        var expression = Parse(text, flowId, $"Bedingung ungültig (invalid condition) an Sequenzfluss '{flowId}'", problems);
        if (expression is not null && expression.Type is not (ExpressionType.Boolean or ExpressionType.Any))
        {
            problems.Add(flowId,
                $"Bedingung ungültig (invalid condition) an Sequenzfluss '{flowId}' – '{text}': sie ergibt {TypeName(expression.Type)}, "
                + "keinen Wahrheitswert (boolean). Beispiel: vars.accepted = true.");
            return null;
        }

        return expression;
    }

    /// <summary>An expression attribute such as <c>cf:assignee</c>; null when it is missing or does not parse (then with a problem).</summary>
    public static Expression? Attribute(XElement element, string cfName, ProblemList problems, bool mustBeText = false)
    {
        var text = BpmnNames.CfAttribute(element, cfName);
        return text is null ? null : Value(text, element, $"cf:{cfName}", problems, mustBeText);
    }

    public static Expression? Value(string text, XElement element, string what, ProblemList problems, bool mustBeText = false)
    {
        var id = BpmnNames.IdOf(element);
        var subject = $"Ausdruck ungültig (invalid expression) in {what} von {ElementText.Describe(element)}";
        var expression = Parse(text, id, subject, problems);
        if (expression is not null && mustBeText && expression.Type is not (ExpressionType.String or ExpressionType.Any))
        {
            problems.Add(id, $"{subject} – '{text}': er ergibt {TypeName(expression.Type)}, erwartet ist ein Text, z. B. case.mainCaseworker.");
            return null;
        }

        return expression;
    }

    private static Expression? Parse(string text, string? elementId, string subject, ProblemList problems)
    {
        try
        {
            return Expression.Parse(text);
        }
        catch (ExpressionException error)
        {
            problems.Add(elementId, $"{subject} – '{text}': {error.Message}");
            return null;
        }
    }

    private static string TypeName(ExpressionType type) => type switch
    {
        ExpressionType.Null => "null",
        ExpressionType.Boolean => "einen Wahrheitswert (boolean)",
        ExpressionType.Number => "eine Zahl (number)",
        ExpressionType.String => "einen Text (string)",
        ExpressionType.Date => "ein Datum (date)",
        ExpressionType.DateTime => "einen Zeitpunkt (date-time)",
        ExpressionType.Duration => "eine Dauer (duration)",
        ExpressionType.List => "eine Liste (list)",
        _ => type.ToString(),
    };
}
