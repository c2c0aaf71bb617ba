namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// The referral file of a case: the delegation to a provider and its monitoring (reports, case conferences).
/// FM data: visible to the FM caseworkers, their deputies and FM supervisors.
/// </summary>
public sealed class ReferralDetails
{
    /// <summary>The provider (Träger), e.g. a debt counselling service.</summary>
    public string? Provider { get; internal set; }

    /// <summary>The target group of the delegated case management (Zielgruppe).</summary>
    public string? TargetGroup { get; internal set; }

    /// <summary>True once the FM confirmed that the customer takes part voluntarily (§ 16a SGB II).</summary>
    public bool? Voluntary { get; internal set; }

    public DateTime? ReferredAt { get; internal set; }

    /// <summary>When the provider confirmed the hand-over.</summary>
    public DateTime? ConfirmedAt { get; internal set; }

    public DateTime? DeclinedAt { get; internal set; }

    public string? DeclinedReason { get; internal set; }

    public int ReportCount { get; internal set; }

    public DateTime? LastReportAt { get; internal set; }

    public string? LastReportSummary { get; internal set; }

    /// <summary>When the provider's next progress report is expected.</summary>
    public DateOnly? NextReportDue { get; internal set; }

    public int ConferenceCount { get; internal set; }

    public DateTime? LastConferenceAt { get; internal set; }

    /// <summary>The next case conference, at most the configured interval ahead.</summary>
    public DateOnly? NextConferenceDue { get; internal set; }

    public DateTime? EndedAt { get; internal set; }

    public string? EndReason { get; internal set; }
}
