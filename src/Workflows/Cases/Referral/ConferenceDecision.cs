namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>What a case conference (Fallkonferenz) decides about the target-group case management.</summary>
public enum ConferenceDecision
{
    /// <summary>The client stays with the provider.</summary>
    Continue,

    /// <summary>The delegation ends.</summary>
    End,
}
