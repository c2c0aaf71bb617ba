using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Cases;

/// <summary>
/// One entry of <c>Rules:Referral</c> in configuration: a date it takes effect and the limits that differ from
/// the defaults of <see cref="ReferralRuleSet"/>. Omitted values keep the default.
/// </summary>
public sealed class ReferralRuleSetOptions
{
    public DateOnly EffectiveFrom { get; set; } = DateOnly.MinValue;

    public int? ConferenceIntervalMonths { get; set; }

    public int? ReportIntervalDays { get; set; }

    /// <summary>The target groups; an empty list (<c>[]</c>) accepts any named target group.</summary>
    public string[]? TargetGroups { get; set; }

    public ReferralRuleSet ToRuleSet()
    {
        var defaults = new ReferralRuleSet();
        return new ReferralRuleSet
        {
            ConferenceIntervalMonths = ConferenceIntervalMonths ?? defaults.ConferenceIntervalMonths,
            ReportIntervalDays = ReportIntervalDays ?? defaults.ReportIntervalDays,
            TargetGroups = TargetGroups ?? defaults.TargetGroups,
        };
    }

    public static EffectiveRules<ReferralRuleSet> Load(IConfiguration configuration)
    {
        var entries = configuration.GetSection("Rules:Referral").Get<ReferralRuleSetOptions[]>() ?? [];
        return entries.Length == 0
            ? EffectiveRules<ReferralRuleSet>.Single(new ReferralRuleSet())
            : new EffectiveRules<ReferralRuleSet>(entries.Select(entry => (entry.EffectiveFrom, entry.ToRuleSet())));
    }
}
