using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Cases;

/// <summary>
/// One entry of <c>Rules:Outreach</c> in configuration: a date it takes effect and the limits that differ from
/// the defaults of <see cref="OutreachRuleSet"/>. Omitted values keep the default.
/// </summary>
public sealed class OutreachRuleSetOptions
{
    public DateOnly EffectiveFrom { get; set; } = DateOnly.MinValue;

    public int? MaximumAge { get; set; }

    public int? ActivationMonths { get; set; }

    public int? MaximumExtensionMonths { get; set; }

    public string[]? EarlyReturnReasons { get; set; }

    public string? Queue { get; set; }

    public int? FollowUpDueDays { get; set; }

    public OutreachRuleSet ToRuleSet()
    {
        var defaults = new OutreachRuleSet();
        return new OutreachRuleSet
        {
            MaximumAge = MaximumAge ?? defaults.MaximumAge,
            ActivationMonths = ActivationMonths ?? defaults.ActivationMonths,
            MaximumExtensionMonths = MaximumExtensionMonths ?? defaults.MaximumExtensionMonths,
            EarlyReturnReasons = EarlyReturnReasons ?? defaults.EarlyReturnReasons,
            Queue = Queue ?? defaults.Queue,
            FollowUpDueDays = FollowUpDueDays ?? defaults.FollowUpDueDays,
        };
    }

    public static EffectiveRules<OutreachRuleSet> Load(IConfiguration configuration)
    {
        var entries = configuration.GetSection("Rules:Outreach").Get<OutreachRuleSetOptions[]>() ?? [];
        return entries.Length == 0
            ? EffectiveRules<OutreachRuleSet>.Single(new OutreachRuleSet())
            : new EffectiveRules<OutreachRuleSet>(entries.Select(entry => (entry.EffectiveFrom, entry.ToRuleSet())));
    }
}
