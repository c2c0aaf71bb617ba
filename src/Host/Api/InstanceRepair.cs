using CaseFlow.Host.Auth;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>
/// What a repair of a workflow instance by hand (cancel, skip an incident) needs, bound with <c>[AsParameters]</c>:
/// who may repair (process owners, and whoever may act on the instance's case), the journaled reason, and one step
/// committed with the instance's view as the answer.
/// </summary>
public sealed record InstanceRepair(
    HttpContext Http, ActorResolver Actors, InstanceRunner Runner, InstanceAccess Access, WorkflowDefinitions Definitions,
    CaseFlowDbContext Db, CancellationToken CancellationToken)
{
    public const int MaxReasonLength = 1000;

    /// <summary>
    /// The signed-in actor and the trimmed reason, or the refusal: 403 when they may not repair this instance, 400
    /// naming <c>reason</c> when it is missing or too long.
    /// </summary>
    public async Task<(Actor Actor, string Reason, ProblemHttpResult? Problem)> CheckAsync(WorkflowInstance instance, string? reason)
    {
        var actor = await Actors.ResolveAsync(Http.User, CancellationToken);
        var denied = actor.HasRole(Roles.ProcessOwner)
            ? null
            : await Access.CheckAsync(instance, actor, forAction: true, CancellationToken);
        var trimmed = reason?.Trim() ?? string.Empty;
        var problem = (denied is null ? null : Problems.For(denied)) ?? (trimmed.Length is 0 or > MaxReasonLength
            ? Problems.Invalid("reason", $"Ein Grund (reason) ist nötig, höchstens {MaxReasonLength} Zeichen.")
            : null);
        return (actor, trimmed, problem);
    }

    /// <summary>Runs the repair as one engine step, commits it and answers with the instance as it is now.</summary>
    public async Task<Ok<InstanceView>> CommitAsync(
        WorkflowInstance instance, Actor actor, Func<WorkflowEngine, WorkflowInstance, StepResult> repair)
    {
        await Runner.StepAsync(instance, actor, repair, CancellationToken);
        await Runner.SaveAsync(CancellationToken);
        return TypedResults.Ok(await InstancesApi.ViewAsync(instance, Definitions, Db, Runner.Now, CancellationToken));
    }
}
