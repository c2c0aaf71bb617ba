namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>fa:z development goals: the default resource areas, goal status, interventions, review outcomes and decisions, next steps.</summary>
    private static (string German, string English)[] Goals() =>
    [
        ("Gesundheit", "Health"),
        ("Wohnen", "Housing"),
        ("Finanzen und Schulden", "Finances and debts"),
        ("Familie und Betreuung von Angehörigen", "Family and care of relatives"),
        ("Soziales Umfeld", "Social network"),
        ("Bildung, Sprache und Qualifikation", "Education, language and qualification"),
        ("Berufserfahrung und Arbeitsmarktnähe", "Work experience and closeness to the labour market"),
        ("Persönliche Kompetenzen und Motivation", "Personal skills and motivation"),
        ("Mobilität", "Mobility"),
        ("Aktiv", "Active"),
        ("Erreicht (Ressourcenbereich gestärkt)", "Achieved (resource area strengthened)"),
        ("Beendet (nicht gestärkt)", "Ended (not strengthened)"),
        ("Maßnahme", "Measure"),
        ("Beratung", "Counselling"),
        ("Gestärkt", "Strengthened"),
        ("Nicht gestärkt", "Not strengthened"),
        ("Ziel und Intervention beibehalten", "Keep the goal and the intervention"),
        ("Intervention anpassen", "Adjust the intervention"),
        ("Ziel beenden", "End the goal"),
        ("Intervention verknüpfen", "Link an intervention"),
        ("Überprüfen", "Review"),
        ("Neues Ziel vereinbaren", "Agree a new goal"),
    ];
}
