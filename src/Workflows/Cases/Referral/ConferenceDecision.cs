using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>What a case conference (Fallkonferenz) decides about the target-group case management.</summary>
public enum ConferenceDecision
{
    /// <summary>The client stays with the provider.</summary>
    [Label("Betreuung beim Träger fortsetzen")]
    Continue,

    /// <summary>The delegation ends.</summary>
    [Label("Betreuung beim Träger beenden")]
    End,
}
