using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>The outreach file in words: hand-over, activation and its end, visits, decisions, the return.</summary>
internal static class OutreachFileWords
{
    public static IReadOnlyList<FieldValue> Describe(OutreachContext c)
    {
        var file = c.File;
        var words = new FileWords(c.Calendar)
            .Add("Vordruck", file.Form)
            .Add("Übergabegespräch am", file.HandoverTalkHeldAt)
            .Add("Warteschlange", file.Queue)
            .Add("Beauftragte aB-pAp", file.Adviser)
            .Add("Übernommen von", file.TakenOverBy)
            .Add("Aktivierung seit", file.ActivationStartedAt)
            .Add("Aktivierung endet am", c.ActivationEnd)
            .Add("Verlängerung begründet mit", file.ExtensionJustification);
        if (file.ActivationStartedAt is not null)
        {
            words.Count("Besuche", file.VisitCount);
        }

        return words
            .Add("Letzter Besuch am", file.LastVisitOn)
            .Add("Letzte Entscheidung zu einer Leistungsminderung", file.LastSanctionDecision)
            .Add("Aktiviert am", file.ActivatedAt)
            .Add("Gemeinsames Gespräch am", file.JointMeetingAt)
            .Add("Teilnehmende", string.Join(", ", file.JointMeetingParticipants))
            .Add("Einzelauftrag erledigt am", file.TaskCompletedAt)
            .Add("Zurück bei der pAp seit", file.ReturnedAt)
            .Add("Grund der vorzeitigen Rückgabe", file.ReturnReason)
            .Values;
    }
}
