using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>A human task for a role or queue, optionally assigned to a person, with a due date.</summary>
public sealed class UserTask : FlowNode
{
    /// <summary><c>cf:candidateRole</c>, or the lane's <c>cf:role</c>: a role (FM) or a queue (<c>queue:VM-U25-aB</c>).</summary>
    public string? CandidateRole { get; init; }

    /// <summary><c>cf:assignee</c>: an expression giving a user name, e.g. <c>case.mainCaseworker</c>.</summary>
    public Expression? Assignee { get; init; }

    /// <summary><c>cf:dueIn</c>: how long after creation the task is due.</summary>
    public IsoDuration? DueIn { get; init; }

    /// <summary><c>cf:formKey</c>: the form the task list shows.</summary>
    public string? FormKey { get; init; }

    /// <summary>
    /// <c>cf:caseAction</c>: the case actions completing the task performs (one, or several the user chooses among
    /// with the variable <c>caseAction</c>); empty when the task is not bound to the case's lifecycle.
    /// </summary>
    public IReadOnlyList<string> CaseActions { get; init; } = [];

    /// <summary>Whether completing the task performs a case action.</summary>
    public bool IsBound => CaseActions.Count > 0;

    /// <summary>Whether taking <paramref name="action"/> on the case completes this task.</summary>
    public bool IsBoundTo(string action) => CaseActions.Contains(action, StringComparer.Ordinal);
}
