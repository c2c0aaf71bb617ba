using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>A BPMN message: its name (e.g. <c>HandoverConfirmed</c>) and how its correlation key is computed (<c>cf:correlationKey</c>, default <c>case.id</c>).</summary>
public sealed record MessageDefinition(string Id, string Name, Expression CorrelationKey);
