using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>States of a bFM case (seed 001). Assessment, Planning and Steering are substates of Active.</summary>
public enum BfmState
{
    /// <summary>Entwurf: the IFK prepares the referral.</summary>
    [Label("Entwurf")]
    Draft,

    /// <summary>Vorgemerkt: referred, waiting for an FM's intake (Fallzugang).</summary>
    [Label("Vorgemerkt (wartet auf das Erstgespräch)")]
    Referred,

    /// <summary>Im Fallmanagement.</summary>
    [Label("Im Fallmanagement")]
    Active,

    /// <summary>Assessment (Standortbestimmung).</summary>
    [Label("Assessment (Standortbestimmung)")]
    Assessment,

    /// <summary>Integrationsplanung and Kooperationsplan.</summary>
    [Label("Integrationsplanung")]
    Planning,

    /// <summary>Fallsteuerung with reviews at least every 6 months.</summary>
    [Label("Fallsteuerung")]
    Steering,

    /// <summary>Fallabgang (exit) with a reason from the closed list.</summary>
    [Label("Fallabgang")]
    Exited,

    /// <summary>Zurückgegeben: the FM rejected the referral; back with the IFK.</summary>
    [Label("Zurückgegeben")]
    Returned,

    /// <summary>Verzicht: criteria met, but the IFK documented why there is no referral.</summary>
    [Label("Verzicht")]
    Waived,
}
