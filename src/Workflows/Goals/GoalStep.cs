using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Goals;

/// <summary>What the goal cycle asks for next (<see cref="GoalCycle.NextStep"/>).</summary>
public enum GoalStep
{
    /// <summary>The active goal has no current intervention: link one.</summary>
    [Label("Intervention verknüpfen")]
    LinkIntervention,

    /// <summary>An intervention is running: review whether the area was strengthened.</summary>
    [Label("Überprüfen")]
    Review,

    /// <summary>The goal is achieved or ended: agree a new goal.</summary>
    [Label("Neues Ziel vereinbaren")]
    AgreeNewGoal,
}
