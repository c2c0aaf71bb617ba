namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>Whether a trigger can be fired now, and if not, why.</summary>
public sealed record TriggerCheck(string Trigger, bool Allowed, IReadOnlyList<GuardFailure> UnmetGuards)
{
    public IEnumerable<string> Reasons => UnmetGuards.Select(failure => failure.Message);
}
