namespace CaseFlow.Workflows.Bpmn;

/// <summary>Waits for a timer or a message; exactly one of <see cref="Timer"/> and <see cref="Message"/> is set.</summary>
public sealed class IntermediateCatchEvent : FlowNode
{
    public TimerDefinition? Timer { get; init; }

    public MessageDefinition? Message { get; init; }
}
