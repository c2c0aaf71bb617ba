using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Goals;
using CaseFlow.Workflows.Language;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>The fa:z catalogue (resource areas from configuration) and the goal cycle's terms, in the request's language.</summary>
public static class GoalsApi
{
    public const string Tag = "Goals (Förder- und Entwicklungsziele)";

    public sealed record ResourceAreaView(string Id, string Name);

    public sealed record GoalTerms(
        IReadOnlyList<FieldOption> InterventionKinds,
        IReadOnlyList<FieldOption> Outcomes,
        IReadOnlyList<FieldOption> Decisions,
        IReadOnlyList<FieldOption> Statuses);

    public static IEndpointRouteBuilder MapGoalsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/goals").WithTags(Tag).RequireAuthorization();
        group.MapGet("/resource-areas", ResourceAreas).WithName("ListResourceAreas")
            .WithSummary("The configured catalogue of resource areas (fa:z, nine by default): stable id and name (configured names as configured; English for the defaults with Accept-Language: en).");
        group.MapGet("/terms", Vocabulary).WithName("GetGoalTerms")
            .WithSummary("The values of intervention kinds, review outcomes, decisions after \"not strengthened\" and goal statuses, each with its label.");
        return endpoints;
    }

    private static Ok<List<ResourceAreaView>> ResourceAreas(ResourceAreaCatalogue areas) =>
        TypedResults.Ok(areas.Areas.Select(area => new ResourceAreaView(area.Id, Terms.Say(area.Name))).ToList());

    private static Ok<GoalTerms> Vocabulary() => TypedResults.Ok(new GoalTerms(Options<InterventionKind>(), Options<ReviewOutcome>(), Options<ReviewDecision>(), Options<GoalStatus>()));

    private static IReadOnlyList<FieldOption> Options<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(value => new FieldOption(WireNames.Of(value), Terms.Say(Labels.Of(value))))];
}
