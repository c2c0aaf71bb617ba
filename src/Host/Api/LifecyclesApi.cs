using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>The case lifecycles read-only, so process owners see which triggers a workflow may fire (<c>case.fire</c>).</summary>
public static class LifecyclesApi
{
    public sealed record LifecycleAction(string Action, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames);

    public sealed record LifecycleView(string Kind, string InitialState, IReadOnlyList<LifecycleAction> Actions, string Diagram);

    public static IEndpointRouteBuilder MapLifecyclesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lifecycles").WithTags("Lifecycles (Fallarten)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListLifecycles")
            .WithSummary("Every case kind with its actions (triggers), the roles that take them and the lifecycle as Mermaid text.");
        group.MapGet("/{kind}", Get).WithName("GetLifecycle").WithSummary("One case kind's lifecycle.");
        return endpoints;
    }

    private static Ok<List<LifecycleView>> List(CaseLifecycles lifecycles) =>
        TypedResults.Ok(lifecycles.Kinds.Order(StringComparer.Ordinal).Select(kind => View(lifecycles.Find(kind)!)).ToList());

    private static Results<Ok<LifecycleView>, ProblemHttpResult> Get(string kind, CaseLifecycles lifecycles) =>
        lifecycles.Find(kind) is { } lifecycle
            ? TypedResults.Ok(View(lifecycle))
            : Problems.NotFound($"Unbekannte Fallart '{kind}'. Verfügbar: {string.Join(", ", lifecycles.Kinds)}.");

    private static LifecycleView View(ICaseLifecycle lifecycle) => new(
        lifecycle.Kind,
        lifecycle.InitialState,
        lifecycle.Actions.Select(action =>
        {
            var roles = lifecycle.RolesOf(action);
            return new LifecycleAction(action, roles, roles.Select(Roles.GermanName).ToList());
        }).ToList(),
        lifecycle.Diagram());
}
