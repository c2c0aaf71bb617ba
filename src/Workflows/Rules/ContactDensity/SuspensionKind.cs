using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// Why the contact-density rule is suspended for a customer (seed 004, "Kontaktdichte während Maßnahmeteilnahme" and the
/// exceptions). <see cref="WorkOpportunity"/> (AGH) is listed only to say that it does <b>not</b> suspend the rule.
/// </summary>
public enum SuspensionKind
{
    /// <summary>Vollzeitmaßnahme: the measure's supervisor keeps the contact.</summary>
    [Label("Vollzeitmaßnahme (ohne AGH)")]
    FullTimeMeasure,

    /// <summary>Längerfristige Maßnahme mit Abschluss in einem anerkannten Ausbildungsberuf (may deviate).</summary>
    [Label("längerfristige Maßnahme mit anerkanntem Berufsabschluss")]
    QualifyingMeasure,

    /// <summary>Für weitere Beratungsgespräche sind Gutachten der Fachdienste erforderlich.</summary>
    [Label("Gutachten der Fachdienste ausstehend")]
    ExpertReportPending,

    /// <summary>Der Maßnahmeeintritt steht bereits fest, zwischenzeitlich ist keine Integration möglich.</summary>
    [Label("Maßnahmeeintritt steht bereits fest")]
    MeasureStartFixed,

    /// <summary>Arbeitsgelegenheit (AGH): never a suspension, the contact density by profile applies.</summary>
    [Label("Arbeitsgelegenheit (AGH), keine Aussetzung")]
    WorkOpportunity,
}
