namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>The contact-density rule set (seed 004): age groups, rhythms, suspension kinds.</summary>
    private static (string German, string English)[] ContactDensity() =>
    [
        ("unter 25 (U25)", "under 25 (U25)"),
        ("25 und älter (Ü25)", "25 or older (Ü25)"),
        ("monatlich (12 Kontakte im Jahr)", "monthly (12 contacts a year)"),
        ("alle 6-7 Wochen (8 Kontakte im Jahr)", "every 6-7 weeks (8 contacts a year)"),
        ("2-monatlich (6 Kontakte im Jahr)", "every 2 months (6 contacts a year)"),
        ("ca. 2-monatlich (5 Kontakte im Jahr)", "about every 2 months (5 contacts a year)"),
        ("vierteljährlich (4 Kontakte im Jahr)", "quarterly (4 contacts a year)"),
        ("ca. 4-monatlich (3 Kontakte im Jahr)", "about every 4 months (3 contacts a year)"),
        ("halbjährlich (2 Kontakte im Jahr)", "half-yearly (2 contacts a year)"),
        ("Vollzeitmaßnahme (ohne AGH)", "Full-time measure (not AGH)"),
        ("längerfristige Maßnahme mit anerkanntem Berufsabschluss", "Longer measure leading to a recognised vocational qualification"),
        ("Gutachten der Fachdienste ausstehend", "Expert report pending"),
        ("Maßnahmeeintritt steht bereits fest", "Measure start already fixed"),
        ("Arbeitsgelegenheit (AGH), keine Aussetzung", "Work opportunity (AGH), no suspension"),
        ("arbeitslos", "unemployed"),
        ("nicht arbeitslos", "not unemployed"),
    ];
}
