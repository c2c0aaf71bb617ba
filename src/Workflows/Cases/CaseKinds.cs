namespace CaseFlow.Workflows.Cases;

/// <summary>The case kinds (lifecycles) CaseFlow knows by name.</summary>
public static class CaseKinds
{
    /// <summary>Beschäftigungsorientiertes Fallmanagement.</summary>
    public const string Bfm = "bfm";

    /// <summary>Aufsuchende Beratungsarbeit U25.</summary>
    public const string Outreach = "outreach";

    /// <summary>Delegation to a third-party provider.</summary>
    public const string Referral = "referral";

    /// <summary>The German name users see for a case kind.</summary>
    public static string Label(string kind) => kind switch
    {
        Bfm => "Beschäftigungsorientiertes Fallmanagement (bFM)",
        Outreach => "Aufsuchende Beratung U25",
        Referral => "Übergabe an einen Träger",
        _ => kind,
    };
}
