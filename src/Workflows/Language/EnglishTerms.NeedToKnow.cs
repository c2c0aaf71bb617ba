namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>Need-to-know: the consent items of health-related needs.</summary>
    private static (string German, string English)[] NeedToKnow() =>
    [
        ("Handlungsbedarfe zu Sucht (eigene Einwilligung)", "Needs about addiction (own consent)"),
        ("Handlungsbedarfe zur psychischen Gesundheit (eigene Einwilligung)", "Needs about mental health (own consent)"),
        ("Handlungsbedarfe zur Gesundheit (eigene Einwilligung)", "Needs about health (own consent)"),
    ];
}
