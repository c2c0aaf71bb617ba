namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>Contacts (seed 004): note types (Vermerktypen), channels (Kontaktarten), outcomes.</summary>
    private static (string German, string English)[] Contacts() =>
    [
        ("Beratungsvermerk", "Counselling note"),
        ("VB-Vermerk", "Placement note (VB)"),
        ("Beratungsvermerk zur Standortbestimmung", "Counselling note on the assessment"),
        ("Fallmanagement", "Case management"),
        ("Angebot U25", "Offer U25"),
        ("Integrationsvereinbarung", "Integration agreement"),
        ("ZAV-Vermerk", "ZAV note"),
        ("Gemeinsames Vorstellungsgespräch", "Joint job interview"),
        ("SB-Vorgang", "Clerical matter (SB)"),
        ("Allgemeiner Vermerk", "General note"),
        ("persönlich", "in person"),
        ("telefonisch", "by phone"),
        ("per Video", "by video"),
        ("schriftlich (Brief)", "by letter"),
        ("per E-Mail", "by e-mail"),
        ("Gruppeninformation", "group information session"),
        ("stattgefunden", "took place"),
        ("Termin versäumt", "appointment missed"),
    ];
}
