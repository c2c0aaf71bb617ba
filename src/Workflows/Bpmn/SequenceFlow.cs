using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>A sequence flow, with the condition an exclusive gateway checks.</summary>
public sealed class SequenceFlow
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required string SourceId { get; init; }

    public required string TargetId { get; init; }

    public Expression? Condition { get; init; }
}
