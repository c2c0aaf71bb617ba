namespace CaseFlow.Workflows.Bpmn;

/// <summary>
/// One reason a BPMN file is refused, for the process owner: the BPMN element it concerns (null when the
/// whole file is affected, e.g. not XML or a DTD) and a German message with the English term in brackets.
/// </summary>
public sealed record BpmnProblem(string? ElementId, string Message)
{
    public override string ToString() => ElementId is null ? Message : $"{ElementId}: {Message}";
}
