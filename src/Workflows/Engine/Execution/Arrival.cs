namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>A moving token reaching an element, by the sequence flow it came along (null at a start event or on a retry without one).</summary>
internal sealed record Arrival(Guid TokenId, string ElementId, string? Via);
