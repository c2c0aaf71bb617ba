namespace CaseFlow.Workflows.Bpmn;

/// <summary>
/// A timer or message on a user or receive task: interrupting (cancels the task) or not (starts a parallel path).
/// Exactly one of <see cref="Timer"/> and <see cref="Message"/> is set; a message named <c>case.&lt;action&gt;</c> is a case event.
/// </summary>
public sealed class BoundaryEvent : FlowNode
{
    public required string AttachedTo { get; init; }

    /// <summary>BPMN <c>cancelActivity</c>; true (interrupting) unless the file says false.</summary>
    public bool CancelActivity { get; init; } = true;

    public TimerDefinition? Timer { get; init; }

    public MessageDefinition? Message { get; init; }
}
