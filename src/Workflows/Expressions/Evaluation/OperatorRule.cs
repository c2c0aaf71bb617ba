using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>One typing and evaluation rule of an arithmetic or ordering operator, e.g. date + duration = date; the calendar serves date-time arithmetic.</summary>
internal sealed record OperatorRule(
    BinaryOperator Operator,
    ExpressionType Left,
    ExpressionType Right,
    ExpressionType Result,
    Func<object, object, JobcenterCalendar, object> Apply);
