using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>
/// JSON has no dates, so a string next to a date, date-time or duration is read as an ISO date or date-time.
/// Only one side of an operation is ever converted.
/// </summary>
internal static class Coercion
{
    private static readonly ExpressionType[] ValueTypes =
    [
        ExpressionType.Boolean, ExpressionType.Number, ExpressionType.String, ExpressionType.Date,
        ExpressionType.DateTime, ExpressionType.Duration, ExpressionType.List,
    ];

    /// <summary>The rules that may apply to operands of the given static types (<see cref="ExpressionType.Any"/> matches all).</summary>
    public static IReadOnlyList<OperatorRule> Candidates(BinaryOperator op, ExpressionType left, ExpressionType right) =>
        OperatorRules.All
            .Where(r => r.Operator == op && Fits(left, r.Left) && Fits(right, r.Right))
            .Where(r => !(Converted(left, r.Left) && Converted(right, r.Right)))
            .ToList();

    /// <summary>
    /// Finds the rule for two runtime values, converting a string operand to a date or date-time where needed (a
    /// date-time text next to a date is the Jobcenter's date of that instant).
    /// </summary>
    public static (OperatorRule? Rule, object Left, object Right) Resolve(BinaryOperator op, object left, object right, JobcenterCalendar calendar)
    {
        var (leftType, rightType) = (Values.TypeOf(left), Values.TypeOf(right));
        if (OperatorRules.Find(op, leftType, rightType) is { } exact)
        {
            return (exact, left, right);
        }

        if (left is string leftText && Convert(leftText, rightType, calendar) is { } convertedLeft)
        {
            return (OperatorRules.Find(op, Values.TypeOf(convertedLeft), rightType), convertedLeft, right);
        }

        if (right is string rightText && Convert(rightText, leftType, calendar) is { } convertedRight)
        {
            return (OperatorRules.Find(op, leftType, Values.TypeOf(convertedRight)), left, convertedRight);
        }

        return (null, left, right);
    }

    /// <summary>Converts a string for comparison with an equal-typed partner; null when the partner is no date.</summary>
    public static object? Convert(string text, ExpressionType partner, JobcenterCalendar calendar) => partner switch
    {
        ExpressionType.Date => Temporal.ToDate(text, calendar),
        ExpressionType.DateTime => Temporal.ToDateTime(text),
        ExpressionType.Duration => Temporal.ToDateOrDateTime(text),
        _ => null,
    };

    private static bool Fits(ExpressionType actual, ExpressionType wanted) =>
        actual == ExpressionType.Any ? ValueTypes.Contains(wanted) : actual == wanted || Converted(actual, wanted);

    private static bool Converted(ExpressionType actual, ExpressionType wanted) =>
        actual == ExpressionType.String && wanted is ExpressionType.Date or ExpressionType.DateTime;
}
