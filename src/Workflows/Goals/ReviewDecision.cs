using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Goals;

/// <summary>The if-then step after a review that found the resource area not strengthened.</summary>
public enum ReviewDecision
{
    /// <summary>Keep the goal and its intervention (e.g. the intervention needs more time).</summary>
    [Label("Ziel und Intervention beibehalten")]
    Keep,

    /// <summary>Keep the goal, change the intervention: the next step is to link a new intervention.</summary>
    [Label("Intervention anpassen")]
    Adjust,

    /// <summary>End the goal without success; a new goal (possibly another area) can be agreed.</summary>
    [Label("Ziel beenden")]
    End,
}
