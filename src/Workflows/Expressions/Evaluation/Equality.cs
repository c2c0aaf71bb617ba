namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>
/// <c>=</c> on any pair: null equals only null, values of different types are unequal, a string equals a date
/// or date-time it spells, lists are equal item by item.
/// </summary>
internal static class Equality
{
    public static bool AreEqual(object? left, object? right, Budget budget)
    {
        budget.Spend();
        switch (left, right)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (string text, DateOnly or DateTimeOffset):
                return SameAsText(text, right);
            case (DateOnly or DateTimeOffset, string text):
                return SameAsText(text, left);
            case (IReadOnlyList<object?> a, IReadOnlyList<object?> b):
                return a.Count == b.Count && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second, budget));
            default:
                return left.GetType() == right.GetType() && left.Equals(right);
        }
    }

    public static bool Contains(IReadOnlyList<object?> list, object? value, Budget budget) =>
        list.Any(item => AreEqual(item, value, budget));

    private static bool SameAsText(string text, object value) => value switch
    {
        DateOnly date => Temporal.TryParseDate(text, out var parsed) && parsed == date,
        DateTimeOffset instant => Temporal.TryParseDateTime(text, out var parsed) && parsed == instant,
        _ => false,
    };
}
