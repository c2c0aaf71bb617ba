using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Api;

/// <summary>
/// The key dates of the case summary (need-to-know class S): opened, taken over (FM accepted, aB-pAp took over), what is
/// due next and when, and when the case ended. Nothing of the file's content.
/// </summary>
public sealed record CaseKeyDates(DateTime OpenedAt, DateTime? TakenOverAt, DateOnly? NextDueOn, string? NextDue, DateTime? EndedAt)
{
    public static CaseKeyDates Of(Case @case) => new(
        @case.CreatedAt,
        @case.Bfm?.AcceptedAt ?? @case.Outreach?.TakenOverAt ?? @case.Referral?.ConfirmedAt,
        @case.NextDueOn,
        @case.NextDue,
        @case.Bfm?.ExitedAt ?? @case.Referral?.EndedAt ?? @case.Outreach?.ReturnedAt ?? @case.Outreach?.TaskCompletedAt);
}
