namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>Need-to-know: the consent items of health-related needs.</summary>
    private static (string German, string English)[] NeedToKnow() =>
    [
        ("Handlungsbedarfe zu Sucht (eigene Einwilligung)", "Needs about addiction (own consent)"),
        ("Handlungsbedarfe zur psychischen Gesundheit (eigene Einwilligung)", "Needs about mental health (own consent)"),
        ("Handlungsbedarfe zur Gesundheit (eigene Einwilligung)", "Needs about health (own consent)"),
        (
            "Handlungsbedarfe zu Sucht, psychischer Gesundheit und Gesundheit gibt nur die eigene Einwilligung dazu frei, nie die zu „Handlungsbedarfe“.",
            "Needs about addiction, mental health and health are shared only with their own consent, never with the consent to \"Needs for action\"."
        ),
        (
            "Keine Auswahl widerruft die Einwilligung. Handlungsbedarfe zu Sucht, psychischer Gesundheit und Gesundheit gibt nur die eigene Einwilligung dazu frei, nie die zu „Handlungsbedarfe“.",
            "No selection withdraws the consent. Needs about addiction, mental health and health are shared only with their own consent, never with the consent to \"Needs for action\"."
        ),
    ];
}
