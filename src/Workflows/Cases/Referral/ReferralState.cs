namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>States of a referral to a third-party provider (Träger, seed 002); the FM keeps overall responsibility throughout.</summary>
public enum ReferralState
{
    /// <summary>Entwurf: the FM chooses provider and target group.</summary>
    Draft,

    /// <summary>Übergeben: waiting for the provider to confirm or decline the hand-over.</summary>
    AwaitingProvider,

    /// <summary>Beim Träger: progress reports and case conferences (Fallkonferenz).</summary>
    Active,

    /// <summary>Vom Träger abgelehnt.</summary>
    Declined,

    /// <summary>Beendet, by a case conference or by the FM.</summary>
    Ended,
}
