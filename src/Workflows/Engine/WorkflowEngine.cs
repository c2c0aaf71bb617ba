using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine.Execution;

namespace CaseFlow.Workflows.Engine;

/// <summary>
/// The token interpreter: runs an instance of a <see cref="WorkflowModel"/> until every token waits, one step
/// per call. Pure: no I/O; time, the actor and the case come from the <see cref="IEngineContext"/>.
/// Each step changes the instance (its waits, variables, <see cref="WorkflowInstance.UpdatedAt"/> and
/// <see cref="WorkflowInstance.Version"/>) and returns what else it produced; the Host saves both together.
/// </summary>
public sealed class WorkflowEngine(WorkflowModel model, IEngineContext context)
{
    /// <summary>More element executions than this in one step stop the token with an incident (a loop that never waits).</summary>
    public static readonly int MaxExecutionsPerStep = StepLimits.Default.MaxExecutions;

    public WorkflowModel Model { get; } = model;

    public IEngineContext Context { get; } = context;

    /// <summary>Creates an instance at the none start event (or the given message start event) and runs it to its first waits.</summary>
    public (WorkflowInstance Instance, StepResult Result) Start(int version, Guid? caseId, JsonObject variables, string? startEventId = null)
    {
        var start = StartEvent(startEventId);
        var instance = new WorkflowInstance
        {
            DefinitionKey = Model.Key,
            DefinitionVersion = version,
            CaseId = caseId,
            StartedAt = Context.Now,
            StartedBy = Context.Actor.UserName,
            UpdatedAt = Context.Now,
        };
        var step = new Step(Model, Context, instance, (JsonObject)variables.DeepClone());
        step.Log("instance.started", start.Id, $"Workflow {Model.Key} v{version} gestartet (started): {start.DisplayName}", Execution.EngineJson.Text(variables));
        step.Enqueue(new Arrival(Guid.NewGuid(), start.Id, null));
        return (instance, Interpreter.Run(step));
    }

    /// <summary>Completes an open task (merging the variables) and runs on. <see cref="EngineConflictException"/> when the task is not open.</summary>
    public StepResult CompleteTask(WorkflowInstance instance, Guid taskId, JsonObject variables) =>
        Resume(instance, step => Resumption.CompleteTask(step, taskId, variables));

    /// <summary>
    /// Completes an open task bound to <paramref name="caseAction"/> because the action was taken on the case directly
    /// (no candidate or claim check: the lifecycle authorised the action), journaled as such, and runs on.
    /// </summary>
    public StepResult CompleteTaskByCaseAction(WorkflowInstance instance, Guid taskId, string caseAction, JsonObject variables) =>
        Resume(instance, step => Resumption.CompleteTask(step, taskId, variables, caseAction));

    /// <summary>Delivers a correlated message to the subscription's token (merging the payload into the variables) and runs on.</summary>
    public StepResult DeliverMessage(WorkflowInstance instance, Guid subscriptionId, JsonObject payload) =>
        Resume(instance, step => Resumption.DeliverMessage(step, subscriptionId, payload));

    /// <summary>Fires a due timer and runs on. <see cref="EngineConflictException"/> when the timer no longer exists.</summary>
    public StepResult FireTimer(WorkflowInstance instance, Guid timerId) =>
        Resume(instance, step => TimerFiring.Fire(step, timerId));

    /// <summary>Runs the element of an open incident again (after merging the variables) and runs on.</summary>
    public StepResult RetryIncident(WorkflowInstance instance, Guid incidentId, JsonObject variables) =>
        Resume(instance, step => Resumption.RetryIncident(step, incidentId, variables));

    /// <summary>
    /// Settles an open incident without running its element again: its token continues at <paramref name="toElementId"/>
    /// (a task, an intermediate catch event or an end event of this workflow, see <see cref="SkipTargets"/>), the reason journaled.
    /// </summary>
    public StepResult SkipIncident(WorkflowInstance instance, Guid incidentId, string toElementId, string reason) =>
        Resume(instance, step => Resumption.SkipIncident(step, incidentId, toElementId, reason));

    /// <summary>
    /// Ends a running instance for the given reason: open tasks cancelled, tokens, timers and subscriptions removed,
    /// open incidents settled. <see cref="EngineConflictException"/> when the instance already ended.
    /// </summary>
    public StepResult Cancel(WorkflowInstance instance, string reason) =>
        Resume(instance, step => Cancellation.CancelInstance(step, reason));

    private StepResult Resume(WorkflowInstance instance, Action<Step> wake)
    {
        var step = Step.For(Model, Context, instance);
        wake(step);
        return Interpreter.Run(step);
    }

    private StartEvent StartEvent(string? startEventId)
    {
        if (startEventId is null)
        {
            return Model.NoneStart
                ?? throw new ArgumentException($"Workflow '{Model.Key}' hat kein Startereignis ohne Nachricht (no none start event).", nameof(startEventId));
        }

        return Model.Nodes.TryGetValue(startEventId, out var node) && node is StartEvent start
            ? start
            : throw new ArgumentException($"'{startEventId}' ist kein Startereignis des Workflows '{Model.Key}' (no such start event).", nameof(startEventId));
    }
}
