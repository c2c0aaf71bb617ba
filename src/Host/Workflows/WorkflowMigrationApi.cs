using CaseFlow.Host.Auth;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Engine.Migration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Outcome = CaseFlow.Host.Workflows.WorkflowMigrationView.InstanceOutcome;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// Moves the running instances of a workflow key from one published version to another (process owners). Each
/// instance is migrated and committed on its own, so a refused or conflicting instance leaves the others migrated.
/// </summary>
public static class WorkflowMigrationApi
{
    public sealed record MigrationRequest(int? FromVersion = null, int? ToVersion = null, [TextLimit(TextLimits.Name)] Dictionary<string, string>? Mapping = null, bool DryRun = true);

    public static IEndpointRouteBuilder MapWorkflowMigrationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/workflows/{key}/migrations", Migrate).WithName("MigrateWorkflowInstances")
            .WithTags("Workflows (BPMN)").RequireAuthorization().WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Moves the running instances of fromVersion to toVersion with an optional element mapping (process owners); dryRun (default true) changes nothing.");
        return endpoints;
    }

    private static async Task<Results<Ok<WorkflowMigrationView>, ProblemHttpResult>> Migrate(
        string key, MigrationRequest? request, HttpContext http, ActorResolver actors, WorkflowDefinitions definitions,
        InstanceRunner runner, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.ProcessOwner))
        {
            return Problems.Forbidden("Laufende Abläufe migriert die/der Prozessverantwortliche (process owner).");
        }

        if (await definitions.FindPublishedAsync(key, null, cancellationToken) is null)
        {
            return Problems.NotFound($"Den Workflow '{key}' gibt es nicht (no published version).");
        }

        request ??= new MigrationRequest();
        var (from, fromProblem) = await VersionAsync(definitions, key, request.FromVersion, "fromVersion", cancellationToken);
        var (to, toProblem) = await VersionAsync(definitions, key, request.ToVersion, "toVersion", cancellationToken);
        if ((fromProblem ?? toProblem) is { } invalidVersion)
        {
            return invalidVersion;
        }

        if (from!.Version == to!.Version)
        {
            return Problems.Invalid("toVersion", "Ziel- und Ausgangsversion sind gleich (same version).");
        }

        var mapping = request.Mapping ?? [];
        if (MappingProblem(mapping, from.Model, to.Model) is { } invalidMapping)
        {
            return invalidMapping;
        }

        var ids = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.DefinitionKey == key && i.DefinitionVersion == from.Version && i.Status == InstanceStatus.Running)
            .OrderBy(i => i.StartedAt).Select(i => i.Id)
            .ToListAsync(cancellationToken);
        var outcomes = new List<Outcome>();
        foreach (var id in ids)
        {
            outcomes.Add(await MigrateOneAsync(id, from, to, mapping, request.DryRun, actor, runner, db, cancellationToken));
        }

        return TypedResults.Ok(new WorkflowMigrationView(key, from.Version, to.Version, request.DryRun, outcomes));
    }

    private static async Task<Outcome> MigrateOneAsync(
        Guid id, PublishedWorkflow from, PublishedWorkflow to, IReadOnlyDictionary<string, string> mapping, bool dryRun, Actor actor,
        InstanceRunner runner, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var instance = await runner.LoadAsync(id, cancellationToken);
        if (instance is null || instance.DefinitionVersion != from.Version)
        {
            return new Outcome(id, instance?.CaseId, WorkflowMigrationView.Refused, [], ["Die Instanz wurde inzwischen geändert (conflict)."], []);
        }

        var plan = MigrationPlanner.Plan(instance, from.Model, to.Model, to.Version, mapping);
        if (!plan.CanMigrate || dryRun)
        {
            db.ChangeTracker.Clear();
            return new Outcome(id, instance.CaseId, plan.CanMigrate ? WorkflowMigrationView.Migrate : WorkflowMigrationView.Refused, plan.Moves, plan.Reasons, plan.Unresolved);
        }

        try
        {
            db.Journal.Add(MigrationApplier.Apply(instance, plan, to.Model, actor.UserName, runner.Now));
            await runner.SaveAsync(cancellationToken);
            return new Outcome(id, instance.CaseId, WorkflowMigrationView.Migrated, plan.Moves, [], []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome(id, instance.CaseId, WorkflowMigrationView.Refused, plan.Moves, ["Die Instanz wurde gleichzeitig geändert (conflict); bitte erneut versuchen."], []);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<(PublishedWorkflow? Workflow, ProblemHttpResult? Problem)> VersionAsync(
        WorkflowDefinitions definitions, string key, int? version, string field, CancellationToken cancellationToken)
    {
        if (version is not { } wanted)
        {
            return (null, Problems.Invalid(field, $"Die Version ({field}) fehlt (required)."));
        }

        var workflow = await definitions.FindPublishedAsync(key, wanted, cancellationToken);
        return workflow is null
            ? (null, Problems.Invalid(field, $"Den Workflow '{key}' gibt es nicht in Version {wanted} (no such version)."))
            : (workflow, null);
    }

    /// <summary>400 naming <c>mapping.&lt;id&gt;</c> when an old id is not in the old version or its new id not in the new one.</summary>
    private static ProblemHttpResult? MappingProblem(IReadOnlyDictionary<string, string> mapping, WorkflowModel from, WorkflowModel to)
    {
        foreach (var (oldId, newId) in mapping)
        {
            if (!from.Nodes.ContainsKey(oldId))
            {
                return Problems.Invalid($"mapping.{oldId}", $"Version (fromVersion) hat kein Element '{oldId}' (no such element).");
            }

            if (newId is null || !to.Nodes.ContainsKey(newId))
            {
                return Problems.Invalid($"mapping.{oldId}", $"Version (toVersion) hat kein Element '{newId}' (no such element).");
            }
        }

        return null;
    }
}
