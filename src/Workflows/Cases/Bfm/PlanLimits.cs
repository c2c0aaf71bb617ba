namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The limits of the plan content (docs/lifecycles.md): items per list and characters per item.</summary>
public static class PlanLimits
{
    /// <summary>Most items in each list (strengths, obstacles, goals, steps).</summary>
    public const int MaxItems = 20;

    /// <summary>Longest text of one list item.</summary>
    public const int MaxItemLength = 200;

    /// <summary>Longest prognosis reasons and closing plan.</summary>
    public const int MaxTextLength = 2000;
}
