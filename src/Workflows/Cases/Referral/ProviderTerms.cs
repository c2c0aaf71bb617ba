namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// A registered provider (Träger) with the terms of its cooperation agreement, as the referral lifecycle needs
/// them: whether it takes the target group, how often it reports, how often case conferences meet, and which
/// case fields it may see.
/// </summary>
/// <param name="TargetGroups">Target groups the provider takes; empty for any.</param>
public sealed record ProviderTerms(
    string Key,
    string Name,
    string Kind,
    IReadOnlyList<string> TargetGroups,
    bool Active,
    int ReportIntervalDays,
    int ConferenceIntervalMonths,
    IReadOnlyList<string> SharedFields)
{
    public bool Takes(string targetGroup) =>
        TargetGroups.Count == 0 || TargetGroups.Contains(targetGroup, StringComparer.OrdinalIgnoreCase);
}
