using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>The age groups of the contact-density concept (seed 004): under 25 (U25) and 25 or older (Ü25).</summary>
public enum AgeGroup
{
    /// <summary>Jugendliche unter 25 Jahren.</summary>
    [Label("unter 25 (U25)")]
    U25,

    /// <summary>Erwachsene ab 25 Jahren.</summary>
    [Label("25 und älter (Ü25)")]
    Ue25,
}
