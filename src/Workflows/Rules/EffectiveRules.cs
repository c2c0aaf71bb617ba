namespace CaseFlow.Workflows.Rules;

/// <summary>
/// Rule sets with the date they take effect (law moves: a new set is added, the old one kept for old dates).
/// The Host may <see cref="Replace"/> them all at once when its configuration is reloaded; readers see either the old
/// or the new sets, never a mix.
/// </summary>
public sealed class EffectiveRules<T>
    where T : class
{
    private volatile IReadOnlyList<(DateOnly From, T Rules)> sets;

    public EffectiveRules(IEnumerable<(DateOnly From, T Rules)> sets)
    {
        this.sets = Ordered(sets);
    }

    public static EffectiveRules<T> Single(T rules) => new([(DateOnly.MinValue, rules)]);

    /// <summary>The rule set in force on <paramref name="day"/> (the earliest set for days before all of them).</summary>
    public T At(DateOnly day)
    {
        var current = sets;
        return current.LastOrDefault(set => set.From <= day).Rules ?? current[0].Rules;
    }

    /// <summary>Puts <paramref name="newer"/>'s sets in place of these (a configuration reload).</summary>
    public void Replace(EffectiveRules<T> newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        sets = newer.sets;
    }

    private static List<(DateOnly From, T Rules)> Ordered(IEnumerable<(DateOnly From, T Rules)> sets)
    {
        var ordered = sets.OrderBy(set => set.From).ToList();
        return ordered.Count == 0 ? throw new ArgumentException("At least one rule set is needed.", nameof(sets)) : ordered;
    }
}
