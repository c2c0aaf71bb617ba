namespace CaseFlow.Workflows.Engine;

public enum InstanceStatus
{
    /// <summary>At least one token waits (for a person, a message, a timer, or the retry of an incident).</summary>
    Running,

    /// <summary>Every token reached an end event, or a terminate end event ended the instance.</summary>
    Completed,

    /// <summary>Ended by a person (<see cref="WorkflowEngine.Cancel"/>): tasks cancelled, tokens, timers and subscriptions gone.</summary>
    Cancelled,
}
