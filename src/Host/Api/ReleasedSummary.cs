using CaseFlow.Host.Cases;

namespace CaseFlow.Host.Api;

/// <summary>The outreach summary the aB-pAp released for the pAp ("Zusammenfassung für die/den pAp"), as the case shows it.</summary>
public sealed record ReleasedSummary(string Text, DateTime ReleasedAt, string ReleasedBy)
{
    public static ReleasedSummary? Of(OutreachSummary? summary) =>
        summary is null ? null : new(summary.Text, summary.ReleasedAt, summary.ReleasedBy);
}
