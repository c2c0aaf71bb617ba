namespace CaseFlow.Workflows.Bpmn;

/// <summary>What <see cref="BpmnReader"/> made of a file: the model when every check passed, and every problem found otherwise.</summary>
public sealed class BpmnReadResult
{
    private BpmnReadResult(WorkflowModel? model, IReadOnlyList<BpmnProblem> problems)
    {
        Model = model;
        Problems = problems;
    }

    /// <summary>The executable model; null when the file has problems.</summary>
    public WorkflowModel? Model { get; }

    /// <summary>Every problem of the file (not only the first), in document order per check.</summary>
    public IReadOnlyList<BpmnProblem> Problems { get; }

    public bool IsValid => Model is not null && Problems.Count == 0;

    internal static BpmnReadResult Valid(WorkflowModel model) => new(model, []);

    internal static BpmnReadResult Invalid(IReadOnlyList<BpmnProblem> problems) =>
        problems.Count > 0 ? new(null, problems) : throw new ArgumentException("An invalid result needs at least one problem.", nameof(problems));
}
