using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine.Execution;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// One clock: the timers defined by <c>cf:dueDate</c> follow the case data and the rule values. After a case action
/// changed the case, the Host calls <see cref="Rearm"/> for each running instance of the case and stages the result with
/// the action; after a rule change it does the same for every running instance whose timers read <c>rules</c>; a
/// workflow's own <c>case.fire</c> re-arms its instance inside the step.
/// </summary>
public static class ExpressionTimers
{
    /// <summary>
    /// Moves the instance's due date timers to the dates they give now (see <see cref="TimerMoves"/>); the instance's
    /// version and time change when a timer moved. Returns the journal lines (none when nothing moved); each carries
    /// <paramref name="reason"/> (why they moved, e.g. the rule change).
    /// </summary>
    public static IReadOnlyList<JournalEntry> Rearm(
        WorkflowModel model,
        WorkflowInstance instance,
        JsonObject? caseData,
        JsonObject ruleData,
        DateTime now,
        JobcenterCalendar calendar,
        string actor,
        string? reason = null) =>
        Rearm(model, instance, caseData, ruleData, now, calendar, actor, reason, null);

    private static IReadOnlyList<JournalEntry> Rearm(
        WorkflowModel model,
        WorkflowInstance instance,
        JsonObject? caseData,
        JsonObject ruleData,
        DateTime now,
        JobcenterCalendar calendar,
        string actor,
        string? reason,
        Func<DateTime, DateTime, bool>? onlyWhen)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(instance);
        var journal = new List<JournalEntry>();
        var scope = new ExpressionScope(
            new Dictionary<string, JsonNode?> { ["vars"] = instance.ReadVariables(), ["case"] = caseData, ["rules"] = ruleData },
            new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc), TimeSpan.Zero),
            calendar);
        var moves = new TimerMoves(model, instance, scope, now, (action, elementId, note) => journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor,
            SubjectType = "instance",
            SubjectId = instance.Id,
            Action = action,
            ElementId = elementId,
            Note = note,
            Reason = reason,
            Sequence = journal.Count + 1,
        }), onlyWhen);
        if (moves.Apply())
        {
            instance.UpdatedAt = now;
            instance.Version++;
        }

        return journal;
    }

    /// <summary>
    /// The start-up calendar check: an armed <c>cf:dueDate</c> timer whose expression gives a date, stored as the start of
    /// that date under another calendar (e.g. 00:00 UTC before <c>Calendar:TimeZone</c> applied), moves to the start of the
    /// same date in <paramref name="calendar"/>. Only such a shift (less than a day, onto a start of day) moves a timer; one
    /// whose expression gives another day now (e.g. reading <c>today()</c>) stays, as do missing dates. Journal as <see cref="Rearm"/>.
    /// </summary>
    public static IReadOnlyList<JournalEntry> Realign(
        WorkflowModel model,
        WorkflowInstance instance,
        JsonObject? caseData,
        JsonObject ruleData,
        DateTime now,
        JobcenterCalendar calendar,
        string actor,
        string reason)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Rearm(model, instance, caseData, ruleData, now, calendar, actor, reason, (stored, due) =>
            due == calendar.StartOf(calendar.DateOf(due)) && Math.Abs((stored - due).Ticks) < TimeSpan.TicksPerDay);
    }

    /// <summary>
    /// True when the model has a <c>cf:dueDate</c> timer (on a boundary or catch event); with <paramref name="root"/> only
    /// one whose expression reads that root (e.g. <c>rules</c>).
    /// </summary>
    public static bool Has(WorkflowModel model, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Nodes.Values.Select(DueDateOf).Any(dueDate => dueDate is not null && (root is null || dueDate.Roots.Contains(root)));
    }

    /// <summary>Inside a step, after its <c>case.fire</c>: the step's own instance follows the changed case.</summary>
    internal static void Rearm(Step step) =>
        new TimerMoves(step.Model, step.Instance, StepExpressions.Scope(step), step.Now, (action, elementId, note) => step.Log(action, elementId, note)).Apply();

    private static Expression? DueDateOf(FlowNode node) => node switch
    {
        BoundaryEvent boundary => boundary.Timer?.DueDate,
        IntermediateCatchEvent catchEvent => catchEvent.Timer?.DueDate,
        _ => null,
    };
}
