using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Providers;

/// <summary>The limits of the registry: agreement intervals, and the target groups a provider may take (<c>Rules:Referral</c>).</summary>
public sealed class ProviderRules(EffectiveRules<ReferralRuleSet> referral)
{
    public const int MinReportIntervalDays = 7;
    public const int MaxReportIntervalDays = 365;
    public const int MinConferenceIntervalMonths = 1;
    public const int MaxConferenceIntervalMonths = 12;

    /// <summary>The configured target groups in force on <paramref name="day"/>; empty when any name is accepted.</summary>
    public IReadOnlyList<string> TargetGroupsOn(DateOnly day) => referral.At(day).TargetGroups;

    /// <summary>The configured report interval on <paramref name="day"/>, for a referral whose provider is no longer registered.</summary>
    public int DefaultReportIntervalDaysOn(DateOnly day) => referral.At(day).ReportIntervalDays;
}
