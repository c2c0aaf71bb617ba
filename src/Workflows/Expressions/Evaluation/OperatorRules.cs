using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Expressions.Syntax;
using static CaseFlow.Workflows.Expressions.Syntax.BinaryOperator;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>
/// The arithmetic and ordering operators for exact operand types. The type checker and the evaluator both use
/// this table, so what type-checks at upload is exactly what runs. A date-time ± duration counts its years, months
/// and days on the Jobcenter's calendar (local time of day kept across a clock change, see <see cref="JobcenterCalendar.Add(DateTimeOffset, IsoDuration)"/>).
/// </summary>
internal static class OperatorRules
{
    private const ExpressionType Num = ExpressionType.Number;
    private const ExpressionType Text = ExpressionType.String;
    private const ExpressionType Day = ExpressionType.Date;
    private const ExpressionType Instant = ExpressionType.DateTime;
    private const ExpressionType Span = ExpressionType.Duration;
    private const ExpressionType Bool = ExpressionType.Boolean;

    public static readonly IReadOnlyList<OperatorRule> All = [.. Arithmetic(), .. Orderings()];

    public static OperatorRule? Find(BinaryOperator op, ExpressionType left, ExpressionType right) =>
        All.FirstOrDefault(r => r.Operator == op && r.Left == left && r.Right == right);

    private static IEnumerable<OperatorRule> Arithmetic()
    {
        yield return new(Add, Num, Num, Num, (a, b, _) => (decimal)a + (decimal)b);
        yield return new(Subtract, Num, Num, Num, (a, b, _) => (decimal)a - (decimal)b);
        yield return new(Multiply, Num, Num, Num, (a, b, _) => (decimal)a * (decimal)b);
        yield return new(Divide, Num, Num, Num, (a, b, _) => (decimal)a / (decimal)b);
        yield return new(Add, Text, Text, Text, (a, b, _) => Concat((string)a, (string)b));
        yield return new(Add, Day, Span, Day, (a, b, _) => ((IsoDuration)b).AddTo((DateOnly)a));
        yield return new(Add, Span, Day, Day, (a, b, _) => ((IsoDuration)a).AddTo((DateOnly)b));
        yield return new(Add, Instant, Span, Instant, (a, b, calendar) => calendar.Add((DateTimeOffset)a, (IsoDuration)b));
        yield return new(Add, Span, Instant, Instant, (a, b, calendar) => calendar.Add((DateTimeOffset)b, (IsoDuration)a));
        yield return new(Add, Span, Span, Span, (a, b, _) => (IsoDuration)a + (IsoDuration)b);
        yield return new(Subtract, Day, Span, Day, (a, b, _) => ((IsoDuration)b).Negate().AddTo((DateOnly)a));
        yield return new(Subtract, Instant, Span, Instant, (a, b, calendar) => calendar.Add((DateTimeOffset)a, ((IsoDuration)b).Negate()));
        yield return new(Subtract, Span, Span, Span, (a, b, _) => (IsoDuration)a + ((IsoDuration)b).Negate());
        yield return new(Subtract, Day, Day, Span, (a, b, _) => Temporal.Between((DateOnly)a, (DateOnly)b));
        yield return new(Subtract, Instant, Instant, Span, (a, b, _) => Temporal.Between((DateTimeOffset)a, (DateTimeOffset)b));
    }

    private static IEnumerable<OperatorRule> Orderings()
    {
        (ExpressionType Type, Func<object, object, int> Compare)[] comparable =
        [
            (Num, (a, b) => ((decimal)a).CompareTo((decimal)b)),
            (Text, (a, b) => string.CompareOrdinal((string)a, (string)b)),
            (Day, (a, b) => ((DateOnly)a).CompareTo((DateOnly)b)),
            (Instant, (a, b) => ((DateTimeOffset)a).CompareTo((DateTimeOffset)b)),
            (Span, (a, b) => Temporal.Compare((IsoDuration)a, (IsoDuration)b)),
        ];
        foreach (var (type, compare) in comparable)
        {
            yield return new(Less, type, type, Bool, (a, b, _) => compare(a, b) < 0);
            yield return new(LessOrEqual, type, type, Bool, (a, b, _) => compare(a, b) <= 0);
            yield return new(Greater, type, type, Bool, (a, b, _) => compare(a, b) > 0);
            yield return new(GreaterOrEqual, type, type, Bool, (a, b, _) => compare(a, b) >= 0);
        }
    }

    private static string Concat(string a, string b) =>
        a.Length + b.Length <= ExpressionLimits.MaxTextLength * 10
            ? a + b
            : throw new ValueException($"Text wird zu lang (string longer than {ExpressionLimits.MaxTextLength * 10} characters)");
}
