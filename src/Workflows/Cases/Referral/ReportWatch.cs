namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// Monitoring of the provider's reports (seed 002: the FM keeps overall responsibility): when a report is past its
/// due date, the FM gets one task; another only when the next due date passes or one more report interval went by.
/// </summary>
public static class ReportWatch
{
    /// <summary>Days the report is overdue on <paramref name="today"/>; 0 when it is not.</summary>
    public static int OverdueDays(ReferralDetails file, DateOnly today) =>
        file.EndedAt is null && file.NextReportDue is { } due && today > due ? today.DayNumber - due.DayNumber : 0;

    /// <summary>Whether the FM should be given a task about the missing report today.</summary>
    public static bool NeedsNotice(Case @case, DateOnly today, int reportIntervalDays) =>
        @case is { State: nameof(ReferralState.Active), Referral: { } file }
        && OverdueDays(file, today) > 0
        && (file.ReportOverdueNoticeOn is not { } last || last <= file.NextReportDue || today >= last.AddDays(reportIntervalDays));

    /// <summary>Notes that the FM was given the task today.</summary>
    public static void RecordNotice(Case @case, DateOnly today) =>
        (@case.Referral ?? throw new InvalidOperationException("A referral case has no referral file.")).ReportOverdueNoticeOn = today;
}
