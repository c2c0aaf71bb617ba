namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Collects the problems of one file; every check adds to it and goes on.</summary>
internal sealed class ProblemList
{
    private readonly List<BpmnProblem> problems = [];

    public IReadOnlyList<BpmnProblem> All => problems;

    public bool Any => problems.Count > 0;

    public int Count => problems.Count;

    public void Add(string? elementId, string message) => problems.Add(new BpmnProblem(elementId, message));
}
