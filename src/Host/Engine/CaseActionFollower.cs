using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// The workflows learn of an action taken on their case, in the action's unit of work (staged, not saved): in every
/// running instance of the case, an open task bound to the action (<c>cf:caseAction</c>) is completed, else a wait for
/// the case event <c>case.&lt;action&gt;</c> receives it, else an instance left waiting for actions the case can never
/// again take is cancelled with a journal line saying why. The lifecycle decides, the workflow organises.
/// </summary>
public sealed class CaseActionFollower(
    CaseFlowDbContext db, WorkflowDefinitions definitions, CaseLifecycles lifecycles, InstanceRunner runner)
{
    /// <summary>How deep actions taken by followed workflows (their <c>case.fire</c>) are followed in turn.</summary>
    private const int MaxDepth = 4;

    private int depth;

    /// <summary>Lets the case's running instances (but <paramref name="except"/>) follow the action just staged.</summary>
    public async Task StageAsync(Case @case, string action, ActionInput input, Actor actor, Guid? except, CancellationToken cancellationToken)
    {
        if (depth >= MaxDepth)
        {
            return;
        }

        depth++;
        try
        {
            var ids = await db.WorkflowInstances
                .Where(i => i.CaseId == @case.Id && i.Status == InstanceStatus.Running && i.Id != except)
                .OrderBy(i => i.StartedAt)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                await FollowAsync(id, @case, action, input, actor, cancellationToken);
            }
        }
        finally
        {
            depth--;
        }
    }

    private async Task FollowAsync(Guid instanceId, Case @case, string action, ActionInput input, Actor actor, CancellationToken cancellationToken)
    {
        var instance = await runner.LoadAsync(instanceId, cancellationToken);
        if (instance is null || instance.Status != InstanceStatus.Running)
        {
            return;
        }

        var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
        if (workflow is null)
        {
            return;
        }

        var variables = Variables(action, input);
        if (BoundWork.OpenTaskBoundTo(workflow.Model, instance, action) is { } task)
        {
            await runner.StepAsync(instance, actor, (engine, i) => engine.CompleteTaskByCaseAction(i, task.Id, action, variables), cancellationToken);
        }
        else if (BoundWork.CaseEventWait(instance, action) is { } wait)
        {
            await runner.StepAsync(instance, actor, (engine, i) => engine.DeliverMessage(i, wait.Id, variables), cancellationToken);
        }
        else if (BoundWork.StaleWaits(workflow.Model, instance, lifecycles.For(@case).ActionsReachableFrom(@case)) is { Count: > 0 } stale)
        {
            var reason = $"Fallaktion '{action}' ausgeführt, Fall jetzt im Zustand '{@case.State}': "
                + string.Join("; ", stale.Select(s => s.Describe(@case.State)))
                + " (waits for an action that can no longer happen).";
            await runner.StepAsync(instance, actor, (engine, i) => engine.Cancel(i, reason), cancellationToken);
        }
    }

    /// <summary>The action's data as workflow variables, with <c>caseAction</c> naming the action (gateways branch on it).</summary>
    public static JsonObject Variables(string action, ActionInput input)
    {
        var variables = input.Data is { ValueKind: JsonValueKind.Object } data
            ? JsonNode.Parse(data.GetRawText())!.AsObject()
            : [];
        if (input.Reason is { } reason && !variables.ContainsKey("reason"))
        {
            variables["reason"] = reason;
        }

        variables["caseAction"] = action;
        return variables;
    }
}
