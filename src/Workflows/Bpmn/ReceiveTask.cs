namespace CaseFlow.Workflows.Bpmn;

/// <summary>Waits for a message (by name and correlation key).</summary>
public sealed class ReceiveTask : FlowNode
{
    public required MessageDefinition Message { get; init; }
}
