using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Providers;

/// <summary>The limits of the registry: agreement intervals, and the target groups a provider may take (<c>Rules:Referral</c>).</summary>
public sealed class ProviderRules(EffectiveRules<ReferralRuleSet> referral)
{
    public const int MinReportIntervalDays = 7;
    public const int MaxReportIntervalDays = 365;
    public const int MinConferenceIntervalMonths = 1;
    public const int MaxConferenceIntervalMonths = 12;

    /// <summary>The referral rule set in force on <paramref name="day"/> (target groups, default intervals).</summary>
    public ReferralRuleSet On(DateOnly day) => referral.At(day);
}
