using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Goals;

/// <summary>The result of a goal review: was the targeted resource area strengthened?</summary>
public enum ReviewOutcome
{
    /// <summary>Gestärkt: the goal is achieved.</summary>
    [Label("Gestärkt")]
    Strengthened,

    /// <summary>Nicht gestärkt: a <see cref="ReviewDecision"/> says what follows.</summary>
    [Label("Nicht gestärkt")]
    NotStrengthened,
}
