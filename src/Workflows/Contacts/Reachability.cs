using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Contacts;

/// <summary>
/// Whether a customer is reachable, from the dates of their missed appointments after the last contact that reached them:
/// that many in a row (<see cref="ContactCountingRule.MissedInARowForNotReachable"/>) make them not reachable since the date
/// of the appointment that completed the row.
/// </summary>
public sealed record Reachability(int MissedInARow, DateTime? NotReachableSince)
{
    /// <param name="missedAfterLastReach">The dates of the missed appointments after the last reaching contact, in any order.</param>
    /// <param name="rule">The rule in force.</param>
    public static Reachability Of(IEnumerable<DateTime> missedAfterLastReach, ContactCountingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var missed = missedAfterLastReach.Order().ToList();
        return new Reachability(
            missed.Count,
            rule.IsNotReachable(missed.Count) ? missed[rule.MissedInARowForNotReachable - 1] : null);
    }
}
