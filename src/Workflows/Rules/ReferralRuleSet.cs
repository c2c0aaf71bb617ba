namespace CaseFlow.Workflows.Rules;

/// <summary>The limits of a delegation to a third-party provider (seed 002, domain.md §5), configuration with these defaults.</summary>
public sealed record ReferralRuleSet
{
    /// <summary>Longest time between two case conferences (Fallkonferenz).</summary>
    public int ConferenceIntervalMonths { get; init; } = 3;

    /// <summary>Days until the provider's next progress report is expected (shown as <c>nextReportDue</c>).</summary>
    public int ReportIntervalDays { get; init; } = 30;

    /// <summary>
    /// Target groups whose case management may be delegated (Zielgruppen-Fallmanagement). Matched ignoring case;
    /// an empty list accepts any named target group.
    /// </summary>
    public IReadOnlyList<string> TargetGroups { get; init; } =
    [
        "Suchtkranke",
        "Suchtkranke Migrantinnen und Migranten",
        "Wohnungslose",
        "Haftentlassene",
        "Von Gewalt betroffene Frauen",
        "Neuzugewanderte",
        "Menschen mit Behinderungen",
    ];

    /// <summary>The configured spelling of a target group (matched ignoring case), or null when the list is closed and does not name it.</summary>
    public string? CanonicalTargetGroup(string targetGroup) =>
        TargetGroups.Count == 0
            ? targetGroup
            : TargetGroups.FirstOrDefault(group => string.Equals(group, targetGroup, StringComparison.OrdinalIgnoreCase));
}
