namespace CaseFlow.Workflows.Bpmn;

/// <summary>A none end event (ends its token) or a terminate end event (ends the whole instance).</summary>
public sealed class EndEvent : FlowNode
{
    public bool Terminate { get; init; }
}
