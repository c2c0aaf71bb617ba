using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>States of a referral to a third-party provider (Träger, seed 002); the FM keeps overall responsibility throughout.</summary>
public enum ReferralState
{
    /// <summary>Entwurf: the FM chooses provider and target group.</summary>
    [Label("Entwurf")]
    Draft,

    /// <summary>Übergeben: waiting for the provider to confirm or decline the hand-over.</summary>
    [Label("Übergeben, Antwort des Trägers offen")]
    AwaitingProvider,

    /// <summary>Beim Träger: progress reports and case conferences (Fallkonferenz).</summary>
    [Label("Beim Träger")]
    Active,

    /// <summary>Vom Träger abgelehnt.</summary>
    [Label("Vom Träger abgelehnt")]
    Declined,

    /// <summary>Beendet, by a case conference or by the FM.</summary>
    [Label("Beendet")]
    Ended,
}
