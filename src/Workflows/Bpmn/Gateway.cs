namespace CaseFlow.Workflows.Bpmn;

/// <summary>An exclusive, parallel or event-based gateway.</summary>
public sealed class Gateway : FlowNode
{
    public required GatewayKind Kind { get; init; }

    /// <summary>The default flow of an exclusive gateway, taken when no condition holds.</summary>
    public string? DefaultFlow { get; init; }
}
