namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// The referral file of a case: the delegation to a provider and its monitoring (reports, case conferences).
/// FM data: visible to the FM caseworkers, their deputies and FM supervisors.
/// </summary>
public sealed class ReferralDetails
{
    /// <summary>The key of the registered provider (Träger), e.g. <c>sb-nord</c> for a debt counselling service.</summary>
    public string? Provider { get; internal set; }

    /// <summary>The target group of the delegated case management (Zielgruppe).</summary>
    public string? TargetGroup { get; internal set; }

    /// <summary>True once the FM confirmed that the customer takes part voluntarily (§ 16a SGB II).</summary>
    public bool? Voluntary { get; internal set; }

    public DateTime? ReferredAt { get; internal set; }

    /// <summary>
    /// The case fields the customer consented to share with the provider (Einwilligung, § 67b SGB X); the provider
    /// sees those of them its cooperation agreement names. Empty: no consent, nothing shared.
    /// </summary>
    public IReadOnlyList<string> ConsentedFields { get; internal set; } = [];

    public DateTime? ConsentRecordedAt { get; internal set; }

    /// <summary>When the provider confirmed the hand-over.</summary>
    public DateTime? ConfirmedAt { get; internal set; }

    public DateTime? DeclinedAt { get; internal set; }

    public string? DeclinedReason { get; internal set; }

    public int ReportCount { get; internal set; }

    public DateTime? LastReportAt { get; internal set; }

    public string? LastReportSummary { get; internal set; }

    public Attendance? LastReportAttendance { get; internal set; }

    public string? LastReportNextSteps { get; internal set; }

    /// <summary>When the provider's next progress report is expected.</summary>
    public DateOnly? NextReportDue { get; internal set; }

    /// <summary>The day the FM was last given a task because a report was overdue (see <see cref="ReportWatch"/>).</summary>
    public DateOnly? ReportOverdueNoticeOn { get; internal set; }

    public int ConferenceCount { get; internal set; }

    public DateTime? LastConferenceAt { get; internal set; }

    /// <summary>The next case conference, at most the configured interval ahead.</summary>
    public DateOnly? NextConferenceDue { get; internal set; }

    public DateTime? EndedAt { get; internal set; }

    public string? EndReason { get; internal set; }
}
