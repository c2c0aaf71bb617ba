using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>The referral file in words: provider, target group, next report and conference, reports, consent, the end.</summary>
internal static class ReferralFileWords
{
    public static IReadOnlyList<FieldValue> Describe(ReferralContext c)
    {
        var file = c.File;
        var words = new FileWords(c.Calendar)
            .Add("Träger", c.Terms is { } terms ? terms.Name : file.Provider)
            .Add("Zielgruppe", file.TargetGroup)
            .Add("Teilnahme freiwillig", file.Voluntary)
            .Add("Übergeben am", file.ReferredAt)
            .Add("Vom Träger bestätigt am", file.ConfirmedAt)
            .Add("Nächster Bericht fällig am", file.NextReportDue)
            .Add("Nächste Fallkonferenz am", file.NextConferenceDue);
        if (file.ConfirmedAt is not null)
        {
            words.Count("Berichte", file.ReportCount).Count("Fallkonferenzen", file.ConferenceCount);
        }

        return words
            .Add("Letzter Bericht am", file.LastReportAt)
            .Add("Letzter Bericht in Kürze", file.LastReportSummary)
            .Add("Teilnahme laut letztem Bericht", file.LastReportAttendance is { } attendance ? Terms.Say(Labels.Of(attendance)) : null)
            .Add("Einwilligung in die Weitergabe", string.Join(", ", file.ConsentedFields.Select(field => Terms.Say(SharedFields.GermanName(field)))))
            .Add("Vom Träger abgelehnt am", file.DeclinedAt)
            .Add("Grund der Ablehnung", file.DeclinedReason)
            .Add("Beendet am", file.EndedAt)
            .Add("Grund des Endes", file.EndReason)
            .Values;
    }
}
