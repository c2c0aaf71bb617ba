namespace CaseFlow.Workflows.Bpmn;

/// <summary>A none start event, or a message start event when <see cref="Message"/> is set.</summary>
public sealed class StartEvent : FlowNode
{
    public MessageDefinition? Message { get; init; }
}
