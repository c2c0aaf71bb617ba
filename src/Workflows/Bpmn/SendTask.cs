namespace CaseFlow.Workflows.Bpmn;

/// <summary>Sends a message (by name, with its correlation key) and moves on.</summary>
public sealed class SendTask : FlowNode
{
    public required MessageDefinition Message { get; init; }
}
