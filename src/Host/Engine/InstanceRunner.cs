using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Runs engine steps against the database: loads an instance with everything its waits own, its definition
/// version and its case, lets the engine step, and stages the results (journal, follow-ups, notifications,
/// outbox rows) in the same unit of work. <see cref="SaveAsync"/> commits all of it in one transaction.
/// </summary>
public sealed class InstanceRunner(
    CaseFlowDbContext db,
    WorkflowDefinitions definitions,
    CaseActions actions,
    OutboxWriter outbox,
    ProviderDirectory providers,
    CaseTimerRearming timers,
    RuleBook rules,
    IServiceProvider services,
    JobcenterCalendar calendar)
{
    public DateTime Now => calendar.Now;

    /// <summary>
    /// Starts an instance of a published workflow (staged, not saved). A start at the none start event of a workflow that
    /// runs once per case is marked (<c>OnePerCase</c>), so the database refuses a second running one for the case.
    /// </summary>
    public async Task<WorkflowInstance> StartAsync(
        PublishedWorkflow workflow, Guid? caseId, JsonObject variables, Actor actor, string? startEventId, CancellationToken cancellationToken)
    {
        using var activity = CaseFlowActivities.Source.StartActivity($"workflow start {workflow.Key}");
        var engine = await EngineForAsync(workflow, caseId, actor, cancellationToken);
        var (instance, result) = engine.Start(workflow.Version, caseId, variables, startEventId);
        Describe(activity, instance);
        db.WorkflowInstances.Add(instance);
        db.Entry(instance).Property<bool>(WorkflowInstanceConfiguration.OnePerCase).CurrentValue =
            caseId is not null && startEventId is null && !workflow.Model.ManyInstancesPerCase;
        Stage(instance, result);
        await FollowCaseAsync(workflow.Model, instance, result, actor, cancellationToken);
        return instance;
    }

    /// <summary>Runs one step on an existing instance (staged, not saved); null when the instance does not exist.</summary>
    public async Task<WorkflowInstance?> StepAsync(
        Guid instanceId, Actor actor, Func<WorkflowEngine, WorkflowInstance, StepResult> step, CancellationToken cancellationToken)
    {
        var instance = await LoadAsync(instanceId, cancellationToken);
        if (instance is not null)
        {
            await StepAsync(instance, actor, step, cancellationToken);
        }

        return instance;
    }

    /// <summary>Runs one step on an instance already loaded with <see cref="LoadAsync"/> (staged, not saved).</summary>
    public async Task StepAsync(
        WorkflowInstance instance, Actor actor, Func<WorkflowEngine, WorkflowInstance, StepResult> step, CancellationToken cancellationToken)
    {
        using var activity = CaseFlowActivities.Source.StartActivity($"workflow step {instance.DefinitionKey}");
        Describe(activity, instance);
        var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow {instance.DefinitionKey} v{instance.DefinitionVersion} of instance {instance.Id} is missing.");
        var engine = await EngineForAsync(workflow, instance.CaseId, actor, cancellationToken);
        var result = step(engine, instance);
        Stage(instance, result);
        await FollowCaseAsync(workflow.Model, instance, result, actor, cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>An instance with its tokens, tasks, timers, subscriptions and incidents (tracked).</summary>
    public Task<WorkflowInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.WorkflowInstances
            .Include(i => i.Tokens)
            .Include(i => i.Tasks)
            .Include(i => i.Timers)
            .Include(i => i.Subscriptions)
            .Include(i => i.Incidents)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);

    private async Task<WorkflowEngine> EngineForAsync(PublishedWorkflow workflow, Guid? caseId, Actor actor, CancellationToken cancellationToken)
    {
        Case? @case = null;
        Customer? customer = null;
        if (caseId is { } id)
        {
            // Find sees a case staged in this unit of work too: opening a case starts its default workflow before saving.
            @case = await db.Cases.FindAsync([id], cancellationToken);
            customer = @case is null ? null : await db.Customers.FindAsync([@case.CustomerId], cancellationToken);
        }

        var catalog = await providers.CatalogForAsync(@case, cancellationToken);
        var goals = await Goals.ActiveGoalIds.ForAsync(db, @case, cancellationToken);
        var context = new HostEngineContext(
            actions, @case, customer, catalog, goals, rules, actor, Now, calendar,
            services.GetService<IOptions<EngineOptions>>()?.Value.StepLimits ?? StepLimits.Default);
        return new WorkflowEngine(workflow.Model, context);
    }

    /// <summary>
    /// A <c>case.fire</c> of the step changed the case: the case's other running instances move their <c>cf:dueDate</c> timers
    /// and follow the action (<see cref="CaseActionFollower"/>) too, and a changed profile moves the contact due date (<see cref="ProfileDueFollower"/>).
    /// </summary>
    private async Task FollowCaseAsync(
        CaseFlow.Workflows.Bpmn.WorkflowModel model, WorkflowInstance instance, StepResult result, Actor actor, CancellationToken cancellationToken)
    {
        var fired = result.Journal.Where(entry => entry.Action == "case.fire.done").ToList();
        if (instance.CaseId is not { } caseId || fired.Count == 0)
        {
            return;
        }

        var @case = await db.Cases.FindAsync([caseId], cancellationToken) ?? throw new InvalidOperationException($"Case {caseId} is missing.");
        var customer = await db.Customers.FindAsync([@case.CustomerId], cancellationToken)
            ?? throw new InvalidOperationException($"Customer of case {caseId} is missing.");
        await timers.StageAsync(@case, customer, actor.UserName, Now, cancellationToken, except: instance.Id);
        await services.GetRequiredService<ProfileDueFollower>().StageAsync(customer, cancellationToken);
        var follower = services.GetRequiredService<CaseActionFollower>();
        foreach (var entry in fired)
        {
            if (entry.ElementId is { } elementId && model.Nodes.GetValueOrDefault(elementId) is CaseFlow.Workflows.Bpmn.ServiceTask { Trigger: { } trigger })
            {
                var input = new ActionInput(entry.Reason, null, JsonSerializer.SerializeToElement(instance.ReadVariables()));
                await follower.StageAsync(@case, trigger, input, actor, instance.Id, cancellationToken);
            }
        }
    }

    /// <summary>Ids and the model's names only: the span carries no variables.</summary>
    private static void Describe(Activity? activity, WorkflowInstance instance) =>
        activity?.SetTag(CaseFlowTags.InstanceId, instance.Id)
            .SetTag(CaseFlowTags.WorkflowKey, instance.DefinitionKey)
            .SetTag(CaseFlowTags.WorkflowVersion, instance.DefinitionVersion)
            .SetTag(CaseFlowTags.CaseId, instance.CaseId);

    private void Stage(WorkflowInstance instance, StepResult result)
    {
        db.Journal.AddRange(result.Journal);
        db.FollowUps.AddRange(result.FollowUps);
        db.Notifications.AddRange(result.Notifications);
        foreach (var message in result.Messages)
        {
            outbox.PublishFromWorkflow(message, instance.Id);
        }

        StageTaskEvents(instance);
    }

    /// <summary><see cref="TaskAssigned"/> for the tasks this step created, <see cref="TaskCompleted"/> for those it completed.</summary>
    private void StageTaskEvents(WorkflowInstance instance)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var task in instance.Tasks)
        {
            var entry = db.Entry(task);
            if (entry.State == EntityState.Added)
            {
                outbox.Publish(new TaskAssigned(task.Id, instance.Id, task.CaseId, task.Name, task.CandidateRole, task.Assignee, task.DueAt));
            }
            else if (task.Status == HumanTaskStatus.Completed && entry.Property(t => t.Status).IsModified)
            {
                outbox.Publish(new TaskCompleted(task.Id, instance.Id, task.CaseId, task.CompletedBy ?? EngineActors.System.UserName, task.CompletedAt ?? Now));
            }
        }
    }
}
