namespace CaseFlow.Workflows.Customers;

/// <summary>
/// The catalogue the profile form offers (seed 001, OA 08/2012 bFM): §3.1 the influenceable obstacles
/// (beeinflussbare vermittlungsrelevante Hemmnisse) by the key groups the bFM access criterion counts
/// (Rahmenbedingungen, Leistungsfähigkeit), and §3.2 the personal facts that are never influenceable.
/// The seed lists the obstacles without key groups; the grouping here is CaseFlow's reading (docs/customers.md).
/// </summary>
public static class ProfileCatalogue
{
    public const string Framework = "Rahmenbedingungen";

    public const string Capability = "Leistungsfähigkeit";

    public static IReadOnlyList<ProfileKeyGroup> KeyGroups { get; } =
    [
        new(Framework, [
            "Schuldenabbau",
            "Beseitigung von Obdachlosigkeit",
            "Aufbau und Verbesserung im Sozialverhalten (soziale Kontakte)",
            "Schaffung einer Tagesstruktur",
        ]),
        new(Capability, [
            "Verbesserung der Sprachkenntnisse",
            "Verbesserung des Erscheinungsbildes",
            "Veränderungen im Suchtverhalten",
            "Beseitigung von Analphabetismus",
            "Abklärung gesundheitlicher Einschränkungen/Leistungsfähigkeit",
            "Ursachenklärung bei Verhaltensauffälligkeiten",
        ]),
    ];

    /// <summary>§3.2: never influenceable, never counted toward bFM access.</summary>
    public static IReadOnlyList<string> NeverInfluenceable { get; } =
    [
        "Alter",
        "Gesundheit/Behinderung",
        "Intellektuelle Leistungsfähigkeit",
        "Geschlecht",
        "Nationalität",
        "Berufsrückkehrer",
        "Vorstrafen",
        "Langzeitarbeitslosigkeit",
        "familiäre Bindungen (bedingt)",
        "fehlende Mobilität (bedingt)",
    ];

    /// <summary>Every text of the catalogue: key groups, obstacles and the §3.2 facts (German; the route adds their labels).</summary>
    public static IEnumerable<string> Texts =>
        KeyGroups.SelectMany(group => group.Obstacles.Prepend(group.KeyGroup)).Concat(NeverInfluenceable);

    /// <summary>Other words for the §3.2 facts a caseworker may type (German and English), compared folded.</summary>
    private static readonly string[] Synonyms =
    [
        "Gesundheit", "Behinderung", "Staatsangehörigkeit", "Berufsrückkehr", "Berufsrückkehrerin", "Vorstrafe",
        "Dauer der Arbeitslosigkeit", "Arbeitslosigkeitsdauer", "familiäre Bindungen", "fehlende Mobilität", "Mobilität",
        "age", "gender", "nationality", "health", "disability", "criminal record", "long-term unemployment",
        "duration of unemployment", "return to work", "family ties", "mobility", "intellectual capacity",
    ];

    private static readonly HashSet<string> NeverKeys =
        NeverInfluenceable.Concat(Synonyms).Select(SearchKeys.Fold).Concat(NeverInfluenceable.Select(f => SearchKeys.Fold(f.Replace("(bedingt)", string.Empty, StringComparison.Ordinal)))).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the need names a §3.2 fact (folded: case, umlauts, spaces and punctuation do not matter).</summary>
    public static bool IsNeverInfluenceable(string need) => NeverKeys.Contains(SearchKeys.Fold(need));
}
