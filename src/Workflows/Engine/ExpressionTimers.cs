using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine.Execution;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// One clock: the timers defined by <c>cf:dueDate</c> follow the case data. After a case action changed the case,
/// the Host calls <see cref="Rearm"/> for each running instance of the case and stages the result with the action;
/// a workflow's own <c>case.fire</c> re-arms its instance inside the step.
/// </summary>
public static class ExpressionTimers
{
    /// <summary>
    /// Moves the instance's due date timers to the dates they give now (see <see cref="TimerMoves"/>); the instance's
    /// version and time change when a timer moved. Returns the journal lines (none when nothing moved).
    /// </summary>
    public static IReadOnlyList<JournalEntry> Rearm(WorkflowModel model, WorkflowInstance instance, JsonObject? caseData, DateTime now, string actor)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(instance);
        var journal = new List<JournalEntry>();
        var scope = new ExpressionScope(
            new Dictionary<string, JsonNode?> { ["vars"] = instance.ReadVariables(), ["case"] = caseData },
            new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc), TimeSpan.Zero));
        var moves = new TimerMoves(model, instance, scope, now, (action, elementId, note) => journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor,
            SubjectType = "instance",
            SubjectId = instance.Id,
            Action = action,
            ElementId = elementId,
            Note = note,
            Sequence = journal.Count + 1,
        }));
        if (moves.Apply())
        {
            instance.UpdatedAt = now;
            instance.Version++;
        }

        return journal;
    }

    /// <summary>Inside a step, after its <c>case.fire</c>: the step's own instance follows the changed case.</summary>
    internal static void Rearm(Step step) =>
        new TimerMoves(step.Model, step.Instance, StepExpressions.Scope(step), step.Now, (action, elementId, note) => step.Log(action, elementId, note)).Apply();
}
