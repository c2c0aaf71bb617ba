using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine;

// SKELETON (lead): the engine helper implements these members (token interpreter) and keeps their signatures.

/// <summary>
/// The token interpreter: runs an instance of a <see cref="WorkflowModel"/> until every token waits, one step
/// per call. Pure: no I/O; time, the actor and the case come from the <see cref="IEngineContext"/>.
/// </summary>
public sealed class WorkflowEngine(WorkflowModel model, IEngineContext context)
{
    public WorkflowModel Model { get; } = model;

    public IEngineContext Context { get; } = context;

    /// <summary>Creates an instance at the none start event (or the given message start event) and runs it to its first waits.</summary>
    public (WorkflowInstance Instance, StepResult Result) Start(int version, Guid? caseId, JsonObject variables, string? startEventId = null) =>
        throw new NotImplementedException($"{version}{caseId}{variables}{startEventId}");

    /// <summary>Completes an open task (merging the variables) and runs on. <see cref="EngineConflictException"/> when the task is not open.</summary>
    public StepResult CompleteTask(WorkflowInstance instance, Guid taskId, JsonObject variables) =>
        throw new NotImplementedException($"{instance}{taskId}{variables}");

    /// <summary>Delivers a correlated message to the subscription's token (merging the payload into the variables) and runs on.</summary>
    public StepResult DeliverMessage(WorkflowInstance instance, Guid subscriptionId, JsonObject payload) =>
        throw new NotImplementedException($"{instance}{subscriptionId}{payload}");

    /// <summary>Fires a due timer and runs on.</summary>
    public StepResult FireTimer(WorkflowInstance instance, Guid timerId) =>
        throw new NotImplementedException($"{instance}{timerId}");

    /// <summary>Runs the element of an open incident again (after merging the variables) and runs on.</summary>
    public StepResult RetryIncident(WorkflowInstance instance, Guid incidentId, JsonObject variables) =>
        throw new NotImplementedException($"{instance}{incidentId}{variables}");
}
