using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>What the referral machine works on: the scene (with the registered providers) plus the rule set in force today.</summary>
public sealed class ReferralContext(CaseScene scene, ReferralRuleSet rules) : CaseContext(scene)
{
    public ReferralRuleSet Rules { get; } = rules;

    public ReferralDetails File => Case.Referral ?? throw new InvalidOperationException("A referral case has no referral file.");

    /// <summary>The agreement of the case's provider; null before the referral or for a provider no longer registered.</summary>
    public ProviderTerms? Terms => Providers.Find(File.Provider);

    /// <summary>Months between case conferences: the provider's agreement, else the configured rule.</summary>
    public int ConferenceIntervalMonths => Terms?.ConferenceIntervalMonths ?? Rules.ConferenceIntervalMonths;

    /// <summary>Days between progress reports: the provider's agreement, else the configured rule.</summary>
    public int ReportIntervalDays => Terms?.ReportIntervalDays ?? Rules.ReportIntervalDays;

    /// <summary>The latest date of the next case conference allowed from today.</summary>
    public DateOnly LatestConferenceDate => Today.AddMonths(ConferenceIntervalMonths);

    public DateOnly NextReportDue => Today.AddDays(ReportIntervalDays);

    /// <summary>Whether the actor may answer for the case's provider: staff (the FM on its behalf) or that provider itself.</summary>
    public bool ActsForOwnProvider => ProviderActors.KeyOf(Actor) is not { } key || key == File.Provider;

    /// <summary>The configured spelling of a target group, or null when the list is closed and does not name it.</summary>
    public string? CanonicalTargetGroup(string targetGroup) => Rules.CanonicalTargetGroup(targetGroup);
}
