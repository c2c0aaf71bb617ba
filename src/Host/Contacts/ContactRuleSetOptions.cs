using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// One entry of <c>Rules:Contacts</c> in configuration: a date it takes effect and the parts of the counting rule that
/// differ from the defaults of <see cref="ContactCountingRule"/>. Omitted values keep the default; an unknown note type or
/// channel does not bind and stops the host (or a reload).
/// </summary>
public sealed class ContactRuleSetOptions
{
    public DateOnly EffectiveFrom { get; set; } = DateOnly.MinValue;

    public NoteType[]? AlwaysCounting { get; set; }

    public NoteType[]? CountingWhenPersonalOrPhone { get; set; }

    public ContactChannel[]? PersonalOrPhoneChannels { get; set; }

    public ContactChannel[]? ReachingChannels { get; set; }

    public int? MissedInARowForNotReachable { get; set; }

    public ContactCountingRule ToRuleSet()
    {
        var defaults = new ContactCountingRule();
        if (MissedInARowForNotReachable is < 0)
        {
            throw new InvalidOperationException("Rules:Contacts:MissedInARowForNotReachable must be 0 (off) or more.");
        }

        return new ContactCountingRule
        {
            AlwaysCounting = AlwaysCounting ?? defaults.AlwaysCounting,
            CountingWhenPersonalOrPhone = CountingWhenPersonalOrPhone ?? defaults.CountingWhenPersonalOrPhone,
            PersonalOrPhoneChannels = PersonalOrPhoneChannels ?? defaults.PersonalOrPhoneChannels,
            ReachingChannels = ReachingChannels ?? defaults.ReachingChannels,
            MissedInARowForNotReachable = MissedInARowForNotReachable ?? defaults.MissedInARowForNotReachable,
        };
    }

    public static EffectiveRules<ContactCountingRule> Load(IConfiguration configuration)
    {
        var entries = configuration.GetSection("Rules:Contacts").Get<ContactRuleSetOptions[]>() ?? [];
        return entries.Length == 0
            ? EffectiveRules<ContactCountingRule>.Single(new ContactCountingRule())
            : new EffectiveRules<ContactCountingRule>(entries.Select(entry => (entry.EffectiveFrom, entry.ToRuleSet())));
    }
}
