namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>States of a bFM case (seed 001). Assessment, Planning and Steering are substates of Active.</summary>
public enum BfmState
{
    /// <summary>Entwurf: the IFK prepares the referral.</summary>
    Draft,

    /// <summary>Vorgemerkt: referred, waiting for an FM's intake (Fallzugang).</summary>
    Referred,

    /// <summary>Im Fallmanagement.</summary>
    Active,

    /// <summary>Assessment (Standortbestimmung).</summary>
    Assessment,

    /// <summary>Integrationsplanung and Kooperationsplan.</summary>
    Planning,

    /// <summary>Fallsteuerung with reviews at least every 6 months.</summary>
    Steering,

    /// <summary>Fallabgang (exit) with a reason from the closed list.</summary>
    Exited,

    /// <summary>Zurückgegeben: the FM rejected the referral; back with the IFK.</summary>
    Returned,

    /// <summary>Verzicht: criteria met, but the IFK documented why there is no referral.</summary>
    Waived,
}
