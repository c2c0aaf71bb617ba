namespace CaseFlow.Workflows.StateMachines;

/// <summary>A transition that happened: from where, to where, by which trigger.</summary>
public sealed record Transition<TState>(TState Source, TState Destination, string Trigger, bool IsInternal)
    where TState : struct, Enum;
