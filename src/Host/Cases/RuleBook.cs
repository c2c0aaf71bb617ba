using System.Text.Json;
using CaseFlow.Host.Contacts;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Cases;

/// <summary>
/// The rule sets of the running host, read from <c>Rules:Bfm</c>, <c>Rules:Outreach</c>, <c>Rules:Referral</c> and <c>Rules:Contacts</c>. The
/// lifecycles, the provider rules and the workflow expressions (<c>rules.*</c>) all read these same sets, so a
/// configuration reload (<see cref="RuleReload"/>) changes them everywhere at once.
/// </summary>
public sealed class RuleBook
{
    private readonly Lock gate = new();
    private string fingerprint;

    private RuleBook(IConfiguration configuration)
    {
        Bfm = BfmRuleSetOptions.Load(configuration);
        Outreach = OutreachRuleSetOptions.Load(configuration);
        Referral = ReferralRuleSetOptions.Load(configuration);
        Contacts = ContactRuleSetOptions.Load(configuration);
        fingerprint = Fingerprint(configuration);
    }

    public EffectiveRules<BfmRuleSet> Bfm { get; }

    public EffectiveRules<OutreachRuleSet> Outreach { get; }

    public EffectiveRules<ReferralRuleSet> Referral { get; }

    /// <summary>Which contacts count and when a customer is not reachable (<c>Rules:Contacts</c>).</summary>
    public EffectiveRules<ContactCountingRule> Contacts { get; }

    /// <summary>Reads the rule sets; a value that does not bind (e.g. text for a number) throws, so the host does not start with it.</summary>
    public static RuleBook Load(IConfiguration configuration) => new(configuration);

    /// <summary>Every kind's rule set in force on <paramref name="day"/>.</summary>
    public RuleSets At(DateOnly day) => new(Bfm.At(day), Outreach.At(day), Referral.At(day));

    /// <summary>
    /// Reads the rule sets again and puts them in place when the configuration's <c>Rules</c> section changed.
    /// Returns false when nothing changed; throws (and keeps the old sets) when the new configuration does not bind.
    /// </summary>
    public bool Reload(IConfiguration configuration)
    {
        lock (gate)
        {
            var newer = Fingerprint(configuration);
            if (newer == fingerprint)
            {
                return false;
            }

            var read = new RuleBook(configuration);
            Bfm.Replace(read.Bfm);
            Outreach.Replace(read.Outreach);
            Referral.Replace(read.Referral);
            Contacts.Replace(read.Contacts);
            fingerprint = newer;
            return true;
        }
    }

    private static string Fingerprint(IConfiguration configuration) =>
        JsonSerializer.Serialize(configuration.GetSection("Rules").AsEnumerable(makePathsRelative: true).OrderBy(pair => pair.Key, StringComparer.Ordinal));
}
