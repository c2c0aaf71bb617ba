using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>What the referral machine works on: the scene plus the rule set in force today.</summary>
public sealed class ReferralContext(CaseScene scene, ReferralRuleSet rules) : CaseContext(scene)
{
    public ReferralRuleSet Rules { get; } = rules;

    public ReferralDetails File => Case.Referral ?? throw new InvalidOperationException("A referral case has no referral file.");

    /// <summary>The latest date of the next case conference allowed from today.</summary>
    public DateOnly LatestConferenceDate => Today.AddMonths(Rules.ConferenceIntervalMonths);

    public DateOnly NextReportDue => Today.AddDays(Rules.ReportIntervalDays);

    /// <summary>The configured spelling of a target group, or null when the list is closed and does not name it.</summary>
    public string? CanonicalTargetGroup(string targetGroup) =>
        Rules.TargetGroups.Count == 0
            ? targetGroup
            : Rules.TargetGroups.FirstOrDefault(group => string.Equals(group, targetGroup, StringComparison.OrdinalIgnoreCase));
}
