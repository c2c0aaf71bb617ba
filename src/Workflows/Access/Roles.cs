namespace CaseFlow.Workflows.Access;

/// <summary>The roles of CaseFlow (staff, and the provider role of API-key callers), with the German terms users know them by.</summary>
public static class Roles
{
    /// <summary>Integrationsfachkraft / persönliche/r Ansprechpartner/in (placement caseworker).</summary>
    public const string Ifk = "IFK";

    /// <summary>Fallmanager/in (case manager, beschäftigungsorientiertes Fallmanagement).</summary>
    public const string Fm = "FM";

    /// <summary>FM-Betreuer/in, Teamleitung (FM supervisor).</summary>
    public const string FmSupervisor = "FMSupervisor";

    /// <summary>pAp für aufsuchende Beratungsarbeit U25 (outreach adviser).</summary>
    public const string Abpap = "ABPAP";

    /// <summary>Prozessverantwortliche/r (process owner).</summary>
    public const string ProcessOwner = "ProcessOwner";

    /// <summary>Datenschutzbeauftragte/r (data protection officer): reads the read audit, answers Art. 15 requests.</summary>
    public const string DataProtection = "DataProtection";

    /// <summary>Träger (third-party provider), signed in with an API key; never a staff role.</summary>
    public const string Provider = "Provider";

    /// <summary>The staff roles (without <see cref="Provider"/>).</summary>
    public static readonly IReadOnlyList<string> All = [Ifk, Fm, FmSupervisor, Abpap, ProcessOwner, DataProtection];

    /// <summary>The German name shown to users.</summary>
    public static string GermanName(string role) => role switch
    {
        Ifk => "Integrationsfachkraft (IFK/pAp)",
        Fm => "Fallmanager/in (FM)",
        FmSupervisor => "FM-Betreuung/Teamleitung",
        Abpap => "aufsuchende Beratung U25 (aB-pAp)",
        ProcessOwner => "Prozessverantwortliche/r",
        DataProtection => "Datenschutzbeauftragte/r",
        Provider => "Träger",
        _ => role,
    };
}
