using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Referrals;

/// <summary>
/// One referral as the FM, who keeps overall responsibility, follows it: the provider, the state, the last report,
/// when the next report and case conference are due, and by how many days either is overdue.
/// </summary>
public sealed record ReferralOverview(
    Guid CaseId,
    Guid CustomerId,
    string State,
    string MainCaseworker,
    string? ProviderKey,
    string? ProviderName,
    string? TargetGroup,
    DateTime? ReferredAt,
    DateTime? ConfirmedAt,
    int ReportCount,
    ReferralLastReport? LastReport,
    DateOnly? NextReportDue,
    int ReportOverdueDays,
    DateOnly? NextConferenceDue,
    int ConferenceOverdueDays,
    IReadOnlyList<string> ConsentedFields)
{
    public static ReferralOverview Of(Case @case, ProviderTerms? provider, DateOnly today)
    {
        var file = @case.Referral ?? throw new InvalidOperationException("A referral case has no referral file.");
        return new ReferralOverview(
            @case.Id,
            @case.CustomerId,
            @case.State,
            @case.MainCaseworker,
            file.Provider,
            provider?.Name,
            file.TargetGroup,
            file.ReferredAt,
            file.ConfirmedAt,
            file.ReportCount,
            file.LastReportAt is { } at ? new ReferralLastReport(at, file.LastReportSummary, file.LastReportAttendance, file.LastReportNextSteps) : null,
            file.NextReportDue,
            ReportWatch.OverdueDays(file, today),
            file.NextConferenceDue,
            file.NextConferenceDue is { } conference && today > conference ? today.DayNumber - conference.DayNumber : 0,
            file.ConsentedFields);
    }
}
