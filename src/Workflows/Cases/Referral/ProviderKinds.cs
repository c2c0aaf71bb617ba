namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>The kinds of third-party providers (Träger) the Jobcenter works with (domain.md §1, §5).</summary>
public static class ProviderKinds
{
    public const string DebtCounselling = "debt-counselling";
    public const string AddictionCounselling = "addiction-counselling";
    public const string PsychosocialCounselling = "psychosocial-counselling";
    public const string Childcare = "childcare";
    public const string MigrationService = "migration-service";
    public const string IntegrationService = "integration-service";
    public const string HomelessAssistance = "homeless-assistance";
    public const string YouthWelfare = "youth-welfare";
    public const string Employment = "employment";

    public static readonly IReadOnlyList<string> All =
    [
        DebtCounselling, AddictionCounselling, PsychosocialCounselling, Childcare, MigrationService,
        IntegrationService, HomelessAssistance, YouthWelfare, Employment,
    ];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Kommunale Eingliederungsleistungen nach § 16a SGB II: voluntary and confidential counselling.</summary>
    public static bool IsCounselling16a(string kind) =>
        kind is DebtCounselling or AddictionCounselling or PsychosocialCounselling or Childcare;

    /// <summary>The German name shown to users.</summary>
    public static string GermanName(string kind) => kind switch
    {
        DebtCounselling => "Schuldnerberatung (debt counselling, § 16a SGB II)",
        AddictionCounselling => "Suchtberatung (addiction counselling, § 16a SGB II)",
        PsychosocialCounselling => "psychosoziale Beratung (psychosocial counselling, § 16a SGB II)",
        Childcare => "Kinderbetreuung (childcare, § 16a SGB II)",
        MigrationService => "Migrationsdienst",
        IntegrationService => "Integrationsfachdienst",
        HomelessAssistance => "Wohnungslosenhilfe",
        YouthWelfare => "Jugendhilfe/ASD",
        Employment => "Beschäftigungsträger (employment provider, e. g. AGH § 16d SGB II)",
        _ => kind,
    };
}
