namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>The kinds of providers.</summary>
    private static (string German, string English)[] Providers() =>
    [
        ("Schuldnerberatung (debt counselling, § 16a SGB II)", "Debt counselling (§ 16a SGB II)"),
        ("Suchtberatung (addiction counselling, § 16a SGB II)", "Addiction counselling (§ 16a SGB II)"),
        ("psychosoziale Beratung (psychosocial counselling, § 16a SGB II)", "Psychosocial counselling (§ 16a SGB II)"),
        ("Kinderbetreuung (childcare, § 16a SGB II)", "Childcare (§ 16a SGB II)"),
        ("Migrationsdienst", "Migration service"),
        ("Integrationsfachdienst", "Integration service"),
        ("Wohnungslosenhilfe", "Homeless assistance"),
        ("Jugendhilfe/ASD", "Youth welfare (ASD)"),
        ("Beschäftigungsträger (employment provider, e. g. AGH § 16d SGB II)", "Employment provider (e.g. AGH § 16d SGB II)"),
    ];
}
