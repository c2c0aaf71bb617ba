namespace CaseFlow.Workflows.Language;

/// <summary>
/// The English text of every German label the server serves, keyed by the German text itself (the one place for English
/// on the server; its parts are split by area: EnglishTerms.*.cs). A German label without an entry here is served in
/// German also to English callers, and the label completeness tests fail.
/// </summary>
internal static partial class EnglishTerms
{
    private static readonly Dictionary<string, string> ByGerman =
        new[] { Common(), Bfm(), Outreach(), Referral(), Providers(), Customers(), Goals(), Contacts(), ContactDensity(), NeedToKnow() }
            .SelectMany(part => part)
            .ToDictionary(term => term.German, term => term.English, StringComparer.Ordinal);

    public static string? Of(string german) => ByGerman.GetValueOrDefault(german);

    /// <summary>Words every kind uses: yes/no, roles, case kinds, what is due next, history lines that are no action.</summary>
    private static (string German, string English)[] Common() =>
    [
        ("ja", "yes"),
        ("nein", "no"),
        ("Integrationsfachkraft (IFK/pAp)", "Placement caseworker (IFK/pAp)"),
        ("Fallmanager/in (FM)", "Case manager (FM)"),
        ("FM-Betreuung/Teamleitung", "FM supervisor (team lead)"),
        ("aufsuchende Beratung U25 (aB-pAp)", "Outreach adviser U25 (aB-pAp)"),
        ("Prozessverantwortliche/r", "Process owner"),
        ("Datenschutzbeauftragte/r", "Data protection officer"),
        ("Beschäftigungsorientiertes Fallmanagement (bFM)", "Employment-oriented case management (bFM)"),
        ("Beschäftigungsorientiertes Fallmanagement", "Employment-oriented case management"),
        ("Aufsuchende Beratung U25", "Outreach counselling U25"),
        ("Übergabe an einen Träger", "Referral to a provider"),
        ("Entwurf", "Draft"),
        ("Fall übernehmen", "Take over the case"),
        ("Zurückgegeben", "Returned"),
        ("Überprüfung des Kooperationsplans", "Review of the cooperation plan"),
        ("Bericht des Trägers", "Provider's report"),
        ("Fallkonferenz", "Case conference"),
        ("Ende der Aktivierungsphase", "End of the activation phase"),
        ("Fall eröffnet", "Case opened"),
        ("Bericht des Trägers überfällig", "Provider's report overdue"),
        ("Zielgruppe", "Target group"),
        ("Entscheidung", "Decision"),
        ("Teilnehmende", "Participants"),
        ("Träger", "Provider"),
    ];
}
