using CaseFlow.Workflows.Goals;

namespace CaseFlow.Host.Goals;

/// <summary>
/// Only one active development goal per customer (fa:z: one resource area at a time). The service checks first and names
/// the active goal; a filtered unique index on <c>DevelopmentGoals</c> (customer) over the active status refuses the second
/// of two concurrent inserts, on SQLite and PostgreSQL alike, and that request then gets the same 409.
/// </summary>
public static class ActiveGoals
{
    public const string IndexName = "IX_DevelopmentGoals_ActiveGoal";

    /// <summary>Plain SQL both providers read the same way.</summary>
    public const string IndexFilter = "\"Status\" = '" + nameof(GoalStatus.Active) + "'";
}
