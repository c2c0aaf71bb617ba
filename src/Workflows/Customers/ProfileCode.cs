namespace CaseFlow.Workflows.Customers;

/// <summary>Profillage of the 4-Phasen-Modell (4PM).</summary>
public enum ProfileCode
{
    /// <summary>Marktprofil.</summary>
    MP,

    /// <summary>Aktivierungsprofil.</summary>
    AP,

    /// <summary>Förderprofil.</summary>
    FP,

    /// <summary>Entwicklungsprofil (komplex).</summary>
    EP,

    /// <summary>Stabilisierungsprofil (komplex).</summary>
    SP,

    /// <summary>Unterstützungsprofil (komplex).</summary>
    UP,

    /// <summary>integriert.</summary>
    I,

    /// <summary>Zuordnung nicht erforderlich.</summary>
    Z,
}
