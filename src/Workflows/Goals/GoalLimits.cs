namespace CaseFlow.Workflows.Goals;

/// <summary>The free-text limits of the goal cycle (characters, after trimming; line breaks allowed).</summary>
public static class GoalLimits
{
    public const int Description = 1000;

    public const int InterventionDescription = 1000;

    public const int ReviewNote = 2000;
}
