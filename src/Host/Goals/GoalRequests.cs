using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Goals;

/// <summary>The bodies of the goal routes; every field is optional for the binder so that a missing one is the goal cycle's 400 naming it.</summary>
public static class GoalRequests
{
    /// <summary><c>POST /api/customers/{id}/goals</c>; <paramref name="Interventions"/> are linked in the same step.</summary>
    public sealed record Agree(
        [TextLimit(TextLimits.Code)] string? ResourceArea, [TextLimit(TextLimits.Note)] string? Description, bool? AgreedWithCustomer, DateOnly? AgreedOn = null, IReadOnlyList<Intervention>? Interventions = null);

    /// <summary><c>POST …/goals/{goalId}/interventions</c>: <c>kind</c> measure, counselling or referral; a referral case of the customer by id.</summary>
    public sealed record Intervention([TextLimit(TextLimits.Code)] string? Kind, [TextLimit(TextLimits.Note)] string? Description, Guid? CaseId = null);

    /// <summary><c>POST …/goals/{goalId}/review</c>: <c>decision</c> (keep, adjust, end) and <c>note</c> only and always for notStrengthened.</summary>
    public sealed record Review(
        [TextLimit(TextLimits.Code)] string? Outcome, [TextLimit(TextLimits.Note)] string? Note = null, [TextLimit(TextLimits.Code)] string? Decision = null);
}
