using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Goals;

/// <summary>What kind of intervention serves a goal (seed 000: a measure or counselling; CaseFlow adds a referral to a provider).</summary>
public enum InterventionKind
{
    /// <summary>Maßnahme.</summary>
    [Label("Maßnahme")]
    Measure,

    /// <summary>Beratung.</summary>
    [Label("Beratung")]
    Counselling,

    /// <summary>Übergabe an einen Träger (a referral case of the customer may be linked).</summary>
    [Label("Übergabe an einen Träger")]
    Referral,
}
