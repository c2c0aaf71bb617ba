namespace CaseFlow.Workflows.Engine.Migration;

/// <summary>
/// What a migration would do to one instance: the element moves (distinct, in the order found) and, when it
/// cannot move, the reasons (German, with the English term) and the old elements that need a (different) mapping.
/// An instance with reasons is refused as a whole.
/// </summary>
public sealed record MigrationPlan(
    Guid InstanceId, int FromVersion, int ToVersion, IReadOnlyList<ElementMove> Moves, IReadOnlyList<string> Reasons, IReadOnlyList<string> Unresolved)
{
    public bool CanMigrate => Reasons.Count == 0;

    /// <summary>Where an element of the old version lands in the new one (the element itself when it does not move).</summary>
    public string Target(string from) => Moves.FirstOrDefault(move => move.From == from)?.To ?? from;
}
