using CaseFlow.Workflows.Expressions.Syntax;
using static CaseFlow.Workflows.Expressions.Syntax.BinaryOperator;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>
/// The arithmetic and ordering operators for exact operand types. The type checker and the evaluator both use
/// this table, so what type-checks at upload is exactly what runs.
/// </summary>
internal static class OperatorRules
{
    public static readonly IReadOnlyList<OperatorRule> All = [.. Arithmetic(), .. Orderings()];

    public static OperatorRule? Find(BinaryOperator op, ExpressionType left, ExpressionType right) =>
        All.FirstOrDefault(r => r.Operator == op && r.Left == left && r.Right == right);

    private static IEnumerable<OperatorRule> Arithmetic()
    {
        yield return new(Add, ExpressionType.Number, ExpressionType.Number, ExpressionType.Number, (a, b) => (decimal)a + (decimal)b);
        yield return new(Subtract, ExpressionType.Number, ExpressionType.Number, ExpressionType.Number, (a, b) => (decimal)a - (decimal)b);
        yield return new(Multiply, ExpressionType.Number, ExpressionType.Number, ExpressionType.Number, (a, b) => (decimal)a * (decimal)b);
        yield return new(Divide, ExpressionType.Number, ExpressionType.Number, ExpressionType.Number, (a, b) => (decimal)a / (decimal)b);
        yield return new(Add, ExpressionType.String, ExpressionType.String, ExpressionType.String, (a, b) => Concat((string)a, (string)b));
        yield return new(Add, ExpressionType.Date, ExpressionType.Duration, ExpressionType.Date, (a, b) => ((IsoDuration)b).AddTo((DateOnly)a));
        yield return new(Add, ExpressionType.Duration, ExpressionType.Date, ExpressionType.Date, (a, b) => ((IsoDuration)a).AddTo((DateOnly)b));
        yield return new(Add, ExpressionType.DateTime, ExpressionType.Duration, ExpressionType.DateTime, (a, b) => ((IsoDuration)b).AddTo((DateTimeOffset)a));
        yield return new(Add, ExpressionType.Duration, ExpressionType.DateTime, ExpressionType.DateTime, (a, b) => ((IsoDuration)a).AddTo((DateTimeOffset)b));
        yield return new(Add, ExpressionType.Duration, ExpressionType.Duration, ExpressionType.Duration, (a, b) => (IsoDuration)a + (IsoDuration)b);
        yield return new(Subtract, ExpressionType.Date, ExpressionType.Duration, ExpressionType.Date, (a, b) => ((IsoDuration)b).Negate().AddTo((DateOnly)a));
        yield return new(Subtract, ExpressionType.DateTime, ExpressionType.Duration, ExpressionType.DateTime, (a, b) => ((IsoDuration)b).Negate().AddTo((DateTimeOffset)a));
        yield return new(Subtract, ExpressionType.Duration, ExpressionType.Duration, ExpressionType.Duration, (a, b) => (IsoDuration)a + ((IsoDuration)b).Negate());
        yield return new(Subtract, ExpressionType.Date, ExpressionType.Date, ExpressionType.Duration, (a, b) => Temporal.Between((DateOnly)a, (DateOnly)b));
        yield return new(Subtract, ExpressionType.DateTime, ExpressionType.DateTime, ExpressionType.Duration, (a, b) => Temporal.Between((DateTimeOffset)a, (DateTimeOffset)b));
    }

    private static IEnumerable<OperatorRule> Orderings()
    {
        (ExpressionType Type, Func<object, object, int> Compare)[] comparable =
        [
            (ExpressionType.Number, (a, b) => ((decimal)a).CompareTo((decimal)b)),
            (ExpressionType.String, (a, b) => string.CompareOrdinal((string)a, (string)b)),
            (ExpressionType.Date, (a, b) => ((DateOnly)a).CompareTo((DateOnly)b)),
            (ExpressionType.DateTime, (a, b) => ((DateTimeOffset)a).CompareTo((DateTimeOffset)b)),
            (ExpressionType.Duration, (a, b) => Temporal.Compare((IsoDuration)a, (IsoDuration)b)),
        ];
        foreach (var (type, compare) in comparable)
        {
            yield return new(Less, type, type, ExpressionType.Boolean, (a, b) => compare(a, b) < 0);
            yield return new(LessOrEqual, type, type, ExpressionType.Boolean, (a, b) => compare(a, b) <= 0);
            yield return new(Greater, type, type, ExpressionType.Boolean, (a, b) => compare(a, b) > 0);
            yield return new(GreaterOrEqual, type, type, ExpressionType.Boolean, (a, b) => compare(a, b) >= 0);
        }
    }

    private static string Concat(string a, string b) =>
        a.Length + b.Length <= ExpressionLimits.MaxTextLength * 10
            ? a + b
            : throw new ValueException($"Text wird zu lang (string longer than {ExpressionLimits.MaxTextLength * 10} characters)");
}
