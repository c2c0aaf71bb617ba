using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Goals;

/// <summary>The ids of a bFM case's customer's active fa:z goals, which a Kooperationsplan may link to (other kinds: none).</summary>
public static class ActiveGoalIds
{
    public static async Task<IReadOnlySet<Guid>> ForAsync(CaseFlowDbContext db, Case? @case, CancellationToken cancellationToken)
    {
        if (@case is null || @case.Kind != CaseKinds.Bfm)
        {
            return new HashSet<Guid>();
        }

        var ids = await db.DevelopmentGoals.AsNoTracking()
            .Where(g => g.CustomerId == @case.CustomerId && g.Status == GoalStatus.Active)
            .Select(g => g.Id)
            .ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }
}
