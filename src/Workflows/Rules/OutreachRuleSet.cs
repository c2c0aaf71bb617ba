namespace CaseFlow.Workflows.Rules;

/// <summary>The local limits of the aufsuchende Beratungsarbeit U25 (seed 003), configuration with these defaults.</summary>
public sealed record OutreachRuleSet
{
    /// <summary>Customers must be younger than this (U25): aged 25 or more is refused at opening and at hand-over.</summary>
    public int MaximumAge { get; init; } = 25;

    /// <summary>The activation phase should not exceed this many months; beyond it only with a documented extension.</summary>
    public int ActivationMonths { get; init; } = 6;

    /// <summary>One extension reaches at most this many months beyond the current end of the activation phase (or today, if later).</summary>
    public int MaximumExtensionMonths { get; init; } = 6;

    /// <summary>
    /// The reasons allowed for an early return to the pAp. The seed leaves them open until experience is gathered:
    /// empty means any documented reason.
    /// </summary>
    public IReadOnlyList<string> EarlyReturnReasons { get; init; } = [];

    /// <summary>The virtual employee (shared queue) full hand-overs are assigned to.</summary>
    public string Queue { get; init; } = "VM-U25-aB";

    /// <summary>Days after the return until the follow-up (Wiedervorlage) for the pAp is due.</summary>
    public int FollowUpDueDays { get; init; } = 7;
}
