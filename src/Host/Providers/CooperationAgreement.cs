using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The cooperation agreement (Kooperationsvereinbarung) with a provider: which case fields may be shared
/// (data protection, need to know), how often the provider reports and how often case conferences meet.
/// </summary>
public sealed class CooperationAgreement
{
    public const int DefaultReportIntervalDays = 30;
    public const int DefaultConferenceIntervalMonths = 3;

    /// <summary>Names from <see cref="Workflows.Cases.Referral.SharedFields"/>.</summary>
    public List<string> SharedFields { get; set; } = [];

    public int ReportIntervalDays { get; set; } = DefaultReportIntervalDays;

    public int ConferenceIntervalMonths { get; set; } = DefaultConferenceIntervalMonths;

    /// <summary>The agreement's file reference (Aktenzeichen).</summary>
    public string? Reference { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
