namespace CaseFlow.Workflows.Rules;

/// <summary>
/// Rule sets with the date they take effect (law moves: a new set is added, the old one kept for old dates).
/// </summary>
public sealed class EffectiveRules<T>
    where T : class
{
    private readonly IReadOnlyList<(DateOnly From, T Rules)> sets;

    public EffectiveRules(IEnumerable<(DateOnly From, T Rules)> sets)
    {
        this.sets = sets.OrderBy(set => set.From).ToList();
        if (this.sets.Count == 0)
        {
            throw new ArgumentException("At least one rule set is needed.", nameof(sets));
        }
    }

    public static EffectiveRules<T> Single(T rules) => new([(DateOnly.MinValue, rules)]);

    /// <summary>The rule set in force on <paramref name="day"/> (the earliest set for days before all of them).</summary>
    public T At(DateOnly day) => sets.LastOrDefault(set => set.From <= day).Rules ?? sets[0].Rules;
}
