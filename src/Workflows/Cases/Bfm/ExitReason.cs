using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The closed list of reasons for a bFM exit (Fallabgang).</summary>
public enum ExitReason
{
    /// <summary>Ziel erreicht (Hemmnisse beseitigt).</summary>
    [Label("Ziel erreicht (Hemmnisse beseitigt)")]
    GoalReached,

    /// <summary>Integration in Arbeit oder Ausbildung.</summary>
    [Label("Integration in Arbeit oder Ausbildung")]
    Integrated,

    /// <summary>Zugangskriterien nicht mehr erfüllt.</summary>
    [Label("Zugangskriterien nicht mehr erfüllt")]
    CriteriaNoLongerMet,

    /// <summary>Übergang in ein anderes Leistungssystem (z. B. DRV, Sozialhilfe).</summary>
    [Label("Übergang in ein anderes Leistungssystem")]
    TransferredToOtherSystem,

    /// <summary>Ablehnung des FM oder fehlende Mitwirkung.</summary>
    [Label("Ablehnung oder fehlende Mitwirkung")]
    RefusedOrNoCooperation,

    /// <summary>Wechsel der örtlichen Zuständigkeit.</summary>
    [Label("Wechsel der örtlichen Zuständigkeit")]
    ChangedResponsibility,

    /// <summary>Regelhöchstdauer von 2 Jahren erreicht.</summary>
    [Label("Regelhöchstdauer von 2 Jahren erreicht")]
    MaximumDurationReached,
}
