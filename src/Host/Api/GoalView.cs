using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Goals;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Host.Api;

/// <summary>A development goal as the API shows it: values as ids (camelCase), each with its label in the request's language.</summary>
public sealed record GoalView(
    Guid Id,
    Guid CustomerId,
    string ResourceArea,
    string ResourceAreaName,
    string Description,
    DateOnly AgreedOn,
    bool AgreedWithCustomer,
    string Coach,
    string Status,
    string StatusLabel,
    string NextStep,
    string NextStepLabel,
    DateTime CreatedAt,
    DateTime? EndedAt,
    IReadOnlyList<GoalView.InterventionView> Interventions,
    IReadOnlyList<GoalView.ReviewView> Reviews)
{
    public sealed record InterventionView(
        Guid Id, string Kind, string KindLabel, string Description, Guid? CaseId, DateTime CreatedAt, string CreatedBy, DateTime? EndedAt);

    public sealed record ReviewView(
        Guid Id, string Outcome, string OutcomeLabel, string? Decision, string? DecisionLabel, string? Note, DateTime ReviewedAt, string ReviewedBy);

    public static GoalView Of(DevelopmentGoal goal, ResourceAreaCatalogue areas)
    {
        var step = GoalCycle.NextStep(goal);
        return new GoalView(
            goal.Id,
            goal.CustomerId,
            goal.ResourceArea,
            Terms.Say(areas.Find(goal.ResourceArea)?.Name ?? goal.ResourceArea),
            goal.Description,
            goal.AgreedOn,
            goal.AgreedWithCustomer,
            goal.Coach,
            WireNames.Of(goal.Status),
            Terms.Say(Labels.Of(goal.Status)),
            WireNames.Of(step),
            Terms.Say(Labels.Of(step)),
            goal.CreatedAt,
            goal.EndedAt,
            [.. goal.Interventions.OrderBy(i => i.CreatedAt).Select(i => new InterventionView(
                i.Id, WireNames.Of(i.Kind), Terms.Say(Labels.Of(i.Kind)), i.Description, i.CaseId, i.CreatedAt, i.CreatedBy, i.EndedAt))],
            [.. goal.Reviews.OrderBy(r => r.ReviewedAt).Select(r => new ReviewView(
                r.Id,
                WireNames.Of(r.Outcome),
                Terms.Say(Labels.Of(r.Outcome)),
                r.Decision is { } decision ? WireNames.Of(decision) : null,
                r.Decision is { } label ? Terms.Say(Labels.Of(label)) : null,
                r.Note,
                r.ReviewedAt,
                r.ReviewedBy))]);
    }
}
