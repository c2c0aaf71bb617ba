using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Who sees and works a task: a member of its candidate role or queue, or the person holding it, who may
/// also read the task's case (need to know). A task someone else holds is visible to them only.
/// </summary>
public sealed class TaskGate(CaseFlowDbContext db, TaskCandidates candidates)
{
    public bool CanSee(HumanTask task, Case? @case, Actor actor) =>
        (task.Assignee == actor.UserName || (task.Assignee is null && candidates.IsMember(actor, task.CandidateRole)))
        && (@case is null || CaseAccessPolicy.CanRead(@case, actor));

    /// <summary>The tasks among <paramref name="tasks"/> the actor may see, loading their cases once.</summary>
    public async Task<List<HumanTask>> VisibleAsync(IReadOnlyList<HumanTask> tasks, Actor actor, CancellationToken cancellationToken)
    {
        var caseIds = tasks.Where(t => t.CaseId is not null).Select(t => t.CaseId!.Value).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return tasks.Where(t => CanSee(t, t.CaseId is { } id ? cases.GetValueOrDefault(id) : null, actor)).ToList();
    }

    /// <summary>Loads a task the actor may work on: 404 when it does not exist or its case is hidden from them, 403 when it is not for them.</summary>
    public async Task<(HumanTask? Task, Refusal? Refusal)> ForWorkAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var task = await db.HumanTasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var @case = task?.CaseId is { } caseId ? await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) : null;
        if (task is null || (@case is not null && !CaseAccessPolicy.CanRead(@case, actor)))
        {
            return (null, Refusal.NotFound($"Aufgabe {id} nicht gefunden."));
        }

        if (!candidates.IsMember(actor, task.CandidateRole) && task.Assignee != actor.UserName)
        {
            return (null, Refusal.Forbidden($"Die Aufgabe '{task.Name}' ist für {task.CandidateRole}, nicht für Sie (forbidden)."));
        }

        // Reading the case is enough to work a task (e.g. the FM supervisor's escalation); a lifecycle action the
        // workflow takes afterwards is checked on its own (role and case access) and becomes an incident if refused.
        // Supervision stays read only: an FM who supervises works another FM's FM tasks no more than their case.
        if (@case is not null && task.CandidateRole != Roles.FmSupervisor
            && NeedToKnow.Of(@case, actor) is { MayAct: false, ReadOnlyReason: NeedToKnow.SupervisionReadOnly })
        {
            return (null, Refusal.Forbidden(NeedToKnow.SupervisionReadOnly));
        }

        return (task, null);
    }
}
