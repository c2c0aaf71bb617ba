namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>A domain error: the trigger is unknown, not permitted in the current state, or a guard failed.</summary>
public sealed class TriggerRefusedException : Exception
{
    public TriggerRefusedException(string trigger, string state, IReadOnlyList<GuardFailure> unmetGuards, string message)
        : base(message)
    {
        Trigger = trigger;
        State = state;
        UnmetGuards = unmetGuards;
    }

    public string Trigger { get; }

    public string State { get; }

    public IReadOnlyList<GuardFailure> UnmetGuards { get; }
}
