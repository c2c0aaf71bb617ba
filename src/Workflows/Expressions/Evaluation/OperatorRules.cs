using CaseFlow.Workflows.Expressions.Syntax;
using static CaseFlow.Workflows.Expressions.Syntax.BinaryOperator;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>
/// The arithmetic and ordering operators for exact operand types. The type checker and the evaluator both use
/// this table, so what type-checks at upload is exactly what runs.
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
        yield return new(Add, Num, Num, Num, (a, b) => (decimal)a + (decimal)b);
        yield return new(Subtract, Num, Num, Num, (a, b) => (decimal)a - (decimal)b);
        yield return new(Multiply, Num, Num, Num, (a, b) => (decimal)a * (decimal)b);
        yield return new(Divide, Num, Num, Num, (a, b) => (decimal)a / (decimal)b);
        yield return new(Add, Text, Text, Text, (a, b) => Concat((string)a, (string)b));
        yield return new(Add, Day, Span, Day, (a, b) => ((IsoDuration)b).AddTo((DateOnly)a));
        yield return new(Add, Span, Day, Day, (a, b) => ((IsoDuration)a).AddTo((DateOnly)b));
        yield return new(Add, Instant, Span, Instant, (a, b) => ((IsoDuration)b).AddTo((DateTimeOffset)a));
        yield return new(Add, Span, Instant, Instant, (a, b) => ((IsoDuration)a).AddTo((DateTimeOffset)b));
        yield return new(Add, Span, Span, Span, (a, b) => (IsoDuration)a + (IsoDuration)b);
        yield return new(Subtract, Day, Span, Day, (a, b) => ((IsoDuration)b).Negate().AddTo((DateOnly)a));
        yield return new(Subtract, Instant, Span, Instant, (a, b) => ((IsoDuration)b).Negate().AddTo((DateTimeOffset)a));
        yield return new(Subtract, Span, Span, Span, (a, b) => (IsoDuration)a + ((IsoDuration)b).Negate());
        yield return new(Subtract, Day, Day, Span, (a, b) => Temporal.Between((DateOnly)a, (DateOnly)b));
        yield return new(Subtract, Instant, Instant, Span, (a, b) => Temporal.Between((DateTimeOffset)a, (DateTimeOffset)b));
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
            yield return new(Less, type, type, Bool, (a, b) => compare(a, b) < 0);
            yield return new(LessOrEqual, type, type, Bool, (a, b) => compare(a, b) <= 0);
            yield return new(Greater, type, type, Bool, (a, b) => compare(a, b) > 0);
            yield return new(GreaterOrEqual, type, type, Bool, (a, b) => compare(a, b) >= 0);
        }
    }

    private static string Concat(string a, string b) =>
        a.Length + b.Length <= ExpressionLimits.MaxTextLength * 10
            ? a + b
            : throw new ValueException($"Text wird zu lang (string longer than {ExpressionLimits.MaxTextLength * 10} characters)");
}
