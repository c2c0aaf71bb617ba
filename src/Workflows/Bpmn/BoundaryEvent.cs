namespace CaseFlow.Workflows.Bpmn;

/// <summary>A timer on a user or receive task: interrupting (cancels the task) or not (starts a parallel path).</summary>
public sealed class BoundaryEvent : FlowNode
{
    public required string AttachedTo { get; init; }

    /// <summary>BPMN <c>cancelActivity</c>; true (interrupting) unless the file says false.</summary>
    public bool CancelActivity { get; init; } = true;

    public required TimerDefinition Timer { get; init; }
}
