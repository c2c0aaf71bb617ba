namespace CaseFlow.Workflows.Cases;

/// <summary>The German names of the case kinds and lifecycle states users see (lists, "Meine Fälle").</summary>
public static class CaseStateLabels
{
    private static readonly Dictionary<(string Kind, string State), string> States = new()
    {
        [(CaseKinds.Bfm, "Draft")] = "Entwurf",
        [(CaseKinds.Bfm, "Referred")] = "Vorgemerkt (wartet auf Fallzugang)",
        [(CaseKinds.Bfm, "Active")] = "Im Fallmanagement",
        [(CaseKinds.Bfm, "Assessment")] = "Standortbestimmung",
        [(CaseKinds.Bfm, "Planning")] = "Integrationsplanung",
        [(CaseKinds.Bfm, "Steering")] = "Fallsteuerung",
        [(CaseKinds.Bfm, "Exited")] = "Fallabgang",
        [(CaseKinds.Bfm, "Returned")] = "Zurückgegeben",
        [(CaseKinds.Bfm, "Waived")] = "Verzicht",
        [(CaseKinds.Outreach, "Draft")] = "Entwurf",
        [(CaseKinds.Outreach, "Queued")] = "Übergeben an VM-U25-aB",
        [(CaseKinds.Outreach, "SingleTask")] = "Einzelauftrag",
        [(CaseKinds.Outreach, "Activation")] = "Aktivierungsphase",
        [(CaseKinds.Outreach, "JointMeeting")] = "Aktiviert (gemeinsames Gespräch)",
        [(CaseKinds.Outreach, "Returned")] = "Zurück beim pAp",
        [(CaseKinds.Referral, "Draft")] = "Entwurf",
        [(CaseKinds.Referral, "AwaitingProvider")] = "Übergeben an den Träger",
        [(CaseKinds.Referral, "Active")] = "Beim Träger",
        [(CaseKinds.Referral, "Declined")] = "Vom Träger abgelehnt",
        [(CaseKinds.Referral, "Ended")] = "Beendet",
    };

    /// <summary>Whether <paramref name="state"/> is a state of <paramref name="kind"/>, or of any kind when it is null.</summary>
    public static bool IsKnown(string? kind, string state) => States.Keys.Any(k => k.State == state && (kind is null || k.Kind == kind));

    public static string State(string kind, string state) => States.GetValueOrDefault((kind, state), state);

    public static string Kind(string kind) => kind switch
    {
        CaseKinds.Bfm => "Beschäftigungsorientiertes Fallmanagement",
        CaseKinds.Outreach => "Aufsuchende Beratung U25",
        CaseKinds.Referral => "Übergabe an einen Träger",
        _ => kind,
    };
}
