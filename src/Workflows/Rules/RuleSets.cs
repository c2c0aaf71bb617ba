namespace CaseFlow.Workflows.Rules;

/// <summary>The rule sets of every case kind in force on one day, as expressions see them (<c>rules.*</c>, see <see cref="RuleValues"/>).</summary>
public sealed record RuleSets(BfmRuleSet Bfm, OutreachRuleSet Outreach, ReferralRuleSet Referral)
{
    /// <summary>The defaults of every rule set (what CaseFlow uses without configuration).</summary>
    public static RuleSets Defaults { get; } = new(new BfmRuleSet(), new OutreachRuleSet(), new ReferralRuleSet());
}
