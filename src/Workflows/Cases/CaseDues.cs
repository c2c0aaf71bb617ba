namespace CaseFlow.Workflows.Cases;

/// <summary>What can be due on a case ("Meine Fälle" sorts by it), with the German label users see.</summary>
public static class CaseDues
{
    /// <summary>bFM: the agreed next review of the Kooperationsplan.</summary>
    public const string Review = "review";

    /// <summary>Referral: the provider's next progress report.</summary>
    public const string Report = "report";

    /// <summary>Referral: the next case conference.</summary>
    public const string Conference = "conference";

    /// <summary>Outreach: the end of the activation phase (usual limit or documented extension).</summary>
    public const string ActivationEnd = "activationEnd";

    public static string GermanLabel(string? what) => what switch
    {
        Review => "Überprüfung des Kooperationsplans",
        Report => "Bericht des Trägers",
        Conference => "Fallkonferenz",
        ActivationEnd => "Ende der Aktivierungsphase",
        null => string.Empty,
        _ => what,
    };
}
