using CaseFlow.Host.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Language;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>
/// The case lifecycles read-only: which triggers a workflow may fire (<c>case.fire</c>), the roles that take them, and
/// each action's input schema (<c>fields</c>), from which the web app generates the action forms.
/// </summary>
public static class LifecyclesApi
{
    /// <summary>An action with its label (in the request's language), roles and input fields (<c>reason</c> or <c>data.*</c>; <c>note</c> is always accepted).</summary>
    public sealed record LifecycleAction(
        string Action, string Label, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames, IReadOnlyList<InputField> Fields);

    public sealed record LifecycleView(
        string Kind,
        string Label,
        string InitialState,
        IReadOnlyList<FieldOption> States,
        IReadOnlyList<LifecycleAction> Actions,
        string Diagram);

    public static IEndpointRouteBuilder MapLifecyclesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lifecycles").WithTags("Lifecycles (Fallarten)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListLifecycles")
            .WithSummary("Every case kind with its states, actions (triggers), the roles that take them, each action's input schema and the lifecycle as Mermaid text.");
        group.MapGet("/{kind}", Get).WithName("GetLifecycle").WithSummary("One case kind's lifecycle with each action's input schema.");
        return endpoints;
    }

    private static Ok<List<LifecycleView>> List(CaseLifecycles lifecycles) =>
        TypedResults.Ok(lifecycles.Kinds.Order(StringComparer.Ordinal).Select(kind => View(lifecycles.Find(kind)!)).ToList());

    private static Results<Ok<LifecycleView>, ProblemHttpResult> Get(string kind, CaseLifecycles lifecycles) =>
        lifecycles.Find(kind) is { } lifecycle
            ? TypedResults.Ok(View(lifecycle))
            : Problems.NotFound($"Unbekannte Fallart '{kind}' (unknown case kind). Verfügbar: {string.Join(", ", lifecycles.Kinds)}.");

    private static LifecycleView View(ICaseLifecycle lifecycle) => new(
        lifecycle.Kind,
        Terms.Say(CaseKinds.Label(lifecycle.Kind)),
        lifecycle.InitialState,
        [.. lifecycle.States.Select(state => new FieldOption(state, Terms.Say(lifecycle.StateLabel(state))))],
        lifecycle.Actions.Select(action =>
        {
            var roles = lifecycle.RolesOf(action);
            var form = lifecycle.FormOf(action).InLanguage();
            return new LifecycleAction(action, form.Label, roles, [.. roles.Select(role => Terms.Say(Roles.GermanName(role)))], form.Fields);
        }).ToList(),
        lifecycle.Diagram());
}
