using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Customers;

/// <summary>Profillage of the 4-Phasen-Modell (4PM).</summary>
public enum ProfileCode
{
    /// <summary>Marktprofil.</summary>
    [Label("Marktprofil (MP)")]
    MP,

    /// <summary>Aktivierungsprofil.</summary>
    [Label("Aktivierungsprofil (AP)")]
    AP,

    /// <summary>Förderprofil.</summary>
    [Label("Förderprofil (FP)")]
    FP,

    /// <summary>Entwicklungsprofil (komplex).</summary>
    [Label("Entwicklungsprofil (EP)")]
    EP,

    /// <summary>Stabilisierungsprofil (komplex).</summary>
    [Label("Stabilisierungsprofil (SP)")]
    SP,

    /// <summary>Unterstützungsprofil (komplex).</summary>
    [Label("Unterstützungsprofil (UP)")]
    UP,

    /// <summary>integriert.</summary>
    [Label("integriert (I)")]
    I,

    /// <summary>Zuordnung nicht erforderlich.</summary>
    [Label("Zuordnung nicht erforderlich (Z)")]
    Z,
}
