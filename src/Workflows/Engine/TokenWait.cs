namespace CaseFlow.Workflows.Engine;

/// <summary>What a token waits for.</summary>
public enum TokenWait
{
    /// <summary>A person completes the user task (a <see cref="HumanTask"/> exists).</summary>
    UserTask,

    /// <summary>A message for a receive task or a message catch event (a <see cref="MessageSubscription"/> exists).</summary>
    Message,

    /// <summary>A timer catch event (a <see cref="WorkflowTimer"/> exists).</summary>
    Timer,

    /// <summary>The first event after an event-based gateway (timers and subscriptions exist for each).</summary>
    EventGateway,

    /// <summary>The other incoming flows of a parallel join.</summary>
    Join,

    /// <summary>The retry of an incident at this element (an open <see cref="Incident"/> exists).</summary>
    Incident,
}
