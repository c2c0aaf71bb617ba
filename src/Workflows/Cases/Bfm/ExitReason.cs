namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The closed list of reasons for a bFM exit (Fallabgang).</summary>
public enum ExitReason
{
    /// <summary>Ziel erreicht (Hemmnisse beseitigt).</summary>
    GoalReached,

    /// <summary>Integration in Arbeit oder Ausbildung.</summary>
    Integrated,

    /// <summary>Zugangskriterien nicht mehr erfüllt.</summary>
    CriteriaNoLongerMet,

    /// <summary>Übergang in ein anderes Leistungssystem (z. B. DRV, Sozialhilfe).</summary>
    TransferredToOtherSystem,

    /// <summary>Ablehnung des FM oder fehlende Mitwirkung.</summary>
    RefusedOrNoCooperation,

    /// <summary>Wechsel der örtlichen Zuständigkeit.</summary>
    ChangedResponsibility,

    /// <summary>Regelhöchstdauer von 2 Jahren erreicht.</summary>
    MaximumDurationReached,
}
