using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Goals;

/// <summary>Where a development goal stands in the goal cycle.</summary>
public enum GoalStatus
{
    /// <summary>Agreed and being worked on; a customer has at most one.</summary>
    [Label("Aktiv")]
    Active,

    /// <summary>Reviewed as strengthened: the resource area was strengthened.</summary>
    [Label("Erreicht (Ressourcenbereich gestärkt)")]
    Achieved,

    /// <summary>Ended after a review as not strengthened, with the decision to end it.</summary>
    [Label("Beendet (nicht gestärkt)")]
    Ended,
}
