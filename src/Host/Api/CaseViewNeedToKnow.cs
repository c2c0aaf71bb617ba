using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Api;

/// <summary>
/// A <see cref="CaseView"/> cut to what the reader may know (<see cref="NeedToKnow"/>): the file (F or O) only for who reads
/// it; the summary (S) without any file; for a former secondary caseworker only that the case exists and its state.
/// </summary>
public static class CaseViewNeedToKnow
{
    public static CaseView For(this CaseView view, Case @case, CaseDataAccess access, OutreachSummary? summary = null)
    {
        var shown = view with
        {
            DataClasses = NeedToKnow.Names(access.Classes),
            KeyDates = CaseKeyDates.Of(@case),
            OutreachSummary = access.Reads(CaseDataClass.OutreachSummary) ? ReleasedSummary.Of(summary) : null,
        };
        if (access.ReadsFile)
        {
            return shown;
        }

        shown = shown with { Bfm = null, Outreach = null, Referral = null, File = [] };
        return access.Reads(CaseDataClass.Summary)
            ? shown
            : shown with
            {
                AllowedActions = [],
                MainCaseworker = string.Empty,
                SecondaryCaseworker = null,
                ReferringCaseworker = string.Empty,
                KeyDates = null,
                Customer = null,
            };
    }
}
