using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Cases;

/// <summary>
/// One entry of <c>Rules:Bfm</c> in configuration: a date it takes effect and the limits that differ from
/// the defaults of <see cref="BfmRuleSet"/>. Omitted values keep the default.
/// </summary>
public sealed class BfmRuleSetOptions
{
    public DateOnly EffectiveFrom { get; set; } = DateOnly.MinValue;

    public ProfileCode[]? ComplexProfiles { get; set; }

    public string[]? CountedKeyGroups { get; set; }

    public int? MinimumInfluenceableNeeds { get; set; }

    public int? ReviewIntervalMonths { get; set; }

    public int? MaximumDurationMonths { get; set; }

    public int? FollowUpDueDays { get; set; }

    public DateOnly? KooperationsplanFrom { get; set; }

    public BfmRuleSet ToRuleSet()
    {
        var defaults = new BfmRuleSet();
        return new BfmRuleSet
        {
            ComplexProfiles = ComplexProfiles ?? defaults.ComplexProfiles,
            CountedKeyGroups = CountedKeyGroups ?? defaults.CountedKeyGroups,
            MinimumInfluenceableNeeds = MinimumInfluenceableNeeds ?? defaults.MinimumInfluenceableNeeds,
            ReviewIntervalMonths = ReviewIntervalMonths ?? defaults.ReviewIntervalMonths,
            MaximumDurationMonths = MaximumDurationMonths ?? defaults.MaximumDurationMonths,
            FollowUpDueDays = FollowUpDueDays ?? defaults.FollowUpDueDays,
            KooperationsplanFrom = KooperationsplanFrom ?? defaults.KooperationsplanFrom,
        };
    }

    public static EffectiveRules<BfmRuleSet> Load(IConfiguration configuration)
    {
        var entries = configuration.GetSection("Rules:Bfm").Get<BfmRuleSetOptions[]>() ?? [];
        return entries.Length == 0
            ? EffectiveRules<BfmRuleSet>.Single(new BfmRuleSet())
            : new EffectiveRules<BfmRuleSet>(entries.Select(entry => (entry.EffectiveFrom, entry.ToRuleSet())));
    }
}
