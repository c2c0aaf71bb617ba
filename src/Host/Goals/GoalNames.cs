using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Goals;
using CaseFlow.Workflows.Language;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Goals;

/// <summary>
/// A bFM case's customer's fa:z goals in words, "resource area: goal" in the request's language, for the case file's
/// linked goals (<see cref="CaseScene.GoalNames"/>); other kinds: none.
/// </summary>
public static class GoalNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> ForAsync(
        CaseFlowDbContext db, ResourceAreaCatalogue areas, Case @case, CancellationToken cancellationToken)
    {
        if (@case.Kind != CaseKinds.Bfm)
        {
            return new Dictionary<Guid, string>();
        }

        var goals = await db.DevelopmentGoals.AsNoTracking()
            .Where(g => g.CustomerId == @case.CustomerId)
            .Select(g => new { g.Id, g.ResourceArea, g.Description })
            .ToListAsync(cancellationToken);
        return goals.ToDictionary(g => g.Id, g => $"{Terms.Say(areas.Find(g.ResourceArea)?.Name ?? g.ResourceArea)}: {g.Description}");
    }
}
