using System.Text.Json.Nodes;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>The caseworkers' inbox (Aufgaben): list, claim, give back and complete tasks.</summary>
public static class TasksApi
{
    public sealed record CompleteRequest(JsonObject? Variables = null);

    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tasks").WithTags("Tasks (Aufgaben)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListTasks").WithSummary(
            "Tasks: scope=mine (held by me), group (open for my roles and queues), all (both); by due date (none last), then age; paging with page/pageSize, total in X-Total-Count (counted up to 200 rows past the page; X-Total-Count-Limited: true when there are more).");
        group.MapGet("/{id:guid}", Get).WithName("GetTask").WithSummary("One task, with the case actions it is bound to (caseActions) and the case's kind (caseKind), from which its form is generated.");
        group.MapPost("/{id:guid}/claim", Claim).WithName("ClaimTask")
            .WithSummary("Takes a task from the role or queue. 409 when someone else holds it.");
        group.MapPost("/{id:guid}/unclaim", Unclaim).WithName("UnclaimTask").WithSummary("Gives a task back to its role or queue.");
        // Twice the variables limit: the form's variables plus their envelope fit, and too many variables get their own 413.
        var variablesBytes = endpoints.ServiceProvider.GetRequiredService<EngineOptions>().MaxVariablesBytes;
        group.MapPost("/{id:guid}/complete", Complete).WithName("CompleteTask").WithBodyLimit(Math.Max(2L * variablesBytes, RequestBodyLimits.StaffJsonBytes))
            .WithSummary("Completes a task with the form's variables; the workflow runs on. A task bound to a case action performs it first: "
                + "409 with unmetGuards when the lifecycle refuses (the task stays open), 400 naming caseAction when the task offers several. "
                + "409 if already completed or held by someone else.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<TaskView>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, TaskInbox inbox, CaseFlowDbContext db, TimeProvider clock,
        CancellationToken cancellationToken, string scope = "all", Guid? caseId = null, string status = "open", int page = 1, int pageSize = 50)
    {
        if (scope is not ("mine" or "group" or "all"))
        {
            return Problems.Invalid("scope", "scope muss mine, group oder all sein.");
        }

        if (status is not ("open" or "completed"))
        {
            return Problems.Invalid("status", "status muss open oder completed sein.");
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var wanted = status == "open" ? HumanTaskStatus.Open : HumanTaskStatus.Completed;
        var found = await inbox.ListAsync(actor, scope, wanted, caseId, page, pageSize, cancellationToken);
        Paging.SetTotal(http.Response, found.Total, found.TotalLimited);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await found.Tasks.Select(t => TaskView.Of(t, now)).WithCustomersAsync(db, cancellationToken));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TaskGate gate, WorkflowDefinitions definitions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var task = await db.HumanTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var visible = task is null ? [] : await gate.VisibleAsync([task], actor, cancellationToken);
        if (visible.Count == 0)
        {
            return Problems.NotFound($"Aufgabe {id} nicht gefunden.");
        }

        var view = (await new[] { TaskView.Of(task!, clock.GetUtcNow().UtcDateTime) }.WithCustomersAsync(db, cancellationToken))[0];
        return TypedResults.Ok(await view.WithBindingAsync(db, definitions, cancellationToken));
    }

    private static Task<Results<Ok<TaskView>, ProblemHttpResult>> Claim(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TaskGate gate, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeHolderAsync(id, http, actors, db, gate, clock, "task.claimed", (task, actor) => task.Claim(actor.UserName), cancellationToken);

    private static Task<Results<Ok<TaskView>, ProblemHttpResult>> Unclaim(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TaskGate gate, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeHolderAsync(id, http, actors, db, gate, clock, "task.unclaimed", (task, actor) => task.Unclaim(actor.UserName), cancellationToken);

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> Complete(
        Guid id, CompleteRequest? request, HttpContext http, ActorResolver actors, TaskGate gate, InstanceRunner runner,
        BoundTaskCompletion bound, EngineOptions options, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (task, problem) = await gate.ForWorkAsync(id, actor, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        if (InstancesApi.VariablesProblem(request?.Variables, options) is { } tooLarge)
        {
            return tooLarge;
        }

        if (task!.Assignee is { } holder && holder != actor.UserName)
        {
            return Problems.Conflict($"Die Aufgabe '{task.Name}' hat {holder} übernommen (claimed by someone else).");
        }

        if (task.Status != HumanTaskStatus.Open)
        {
            return Problems.Conflict($"Die Aufgabe '{task.Name}' ist bereits erledigt (already {task.Status.ToString().ToLowerInvariant()}).");
        }

        var instance = await runner.LoadAsync(task.InstanceId, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"Aufgabe {id} nicht gefunden.");
        }

        // A bound task performs its case action first (staged): a refusal answers like the Cases API, the task stays open.
        var variables = request?.Variables ?? [];
        if (await bound.StageAsync(instance, task, variables, actor, cancellationToken) is { } action and not CaseActionResult.Done)
        {
            return action.ToProblem();
        }

        await runner.StepAsync(instance, actor, (engine, i) => engine.CompleteTask(i, id, variables), cancellationToken);
        await runner.SaveAsync(cancellationToken);
        return TypedResults.Ok(TaskView.Of(task, runner.Now));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> ChangeHolderAsync(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TaskGate gate, TimeProvider clock, string action,
        Action<HumanTask, Actor> change, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (task, problem) = await gate.ForWorkAsync(id, actor, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        // The holder changes by one conditional UPDATE (... WHERE Assignee = the holder we read) in the change's
        // transaction: of two concurrent claims exactly one changes the row and journals, the other gets a 409.
        var heldBy = task!.Assignee;
        change(task, actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var newHolder = task.Assignee;
        var changed = await db.HumanTasks
            .Where(t => t.Id == id && t.Status == HumanTaskStatus.Open && t.Assignee == heldBy)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Assignee, newHolder), cancellationToken);
        if (changed == 0)
        {
            return Problems.Conflict(
                $"Die Aufgabe '{task.Name}' wurde gleichzeitig von jemand anderem übernommen oder abgegeben (changed concurrently). Bitte neu laden.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = "instance",
            SubjectId = task.InstanceId,
            Action = action,
            ElementId = task.ElementId,
            Note = task.Name,
        });
        await TouchInstanceAsync(db, task.InstanceId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(TaskView.Of(task, now));
    }

    /// <summary>Claiming changes the instance's state: bump its version so a concurrent completion on the old state fails.</summary>
    private static async Task TouchInstanceAsync(CaseFlowDbContext db, Guid instanceId, DateTime now, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.FirstAsync(i => i.Id == instanceId, cancellationToken);
        db.Entry(instance).Property(i => i.UpdatedAt).CurrentValue = now;
    }
}
