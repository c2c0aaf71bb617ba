namespace CaseFlow.Workflows.Bpmn;

/// <summary>What a service task does (<c>cf:action</c>).</summary>
public enum ServiceAction
{
    /// <summary><c>case.fire</c>: takes a lifecycle action on the instance's case.</summary>
    CaseFire,

    /// <summary><c>followUp</c>: creates a Wiedervorlage for a caseworker.</summary>
    FollowUp,

    /// <summary><c>notify</c>: sends a notification message to a person.</summary>
    Notify,

    /// <summary><c>publish</c>: publishes a message (like a send task).</summary>
    Publish,
}
