namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// The case fields a cooperation agreement (Kooperationsvereinbarung) may name for sharing with a provider
/// (domain.md §5, §8: need to know). A provider sees a field only when its agreement names it and the customer
/// consented to sharing it.
/// </summary>
public static class SharedFields
{
    public const string CustomerNumber = "customerNumber";
    public const string BirthDate = "birthDate";
    public const string Age = "age";
    public const string Profile = "profile";
    /// <summary>The needs for action that are not health-related (see <see cref="Customers.HealthRelatedNeeds"/>).</summary>
    public const string ActionNeeds = "actionNeeds";

    /// <summary>Addiction needs (Sucht): their own consent item, never implied by <see cref="ActionNeeds"/>.</summary>
    public const string AddictionNeeds = "addictionNeeds";

    /// <summary>Psychological needs (psychische Gesundheit, Verhaltensauffälligkeiten): their own consent item.</summary>
    public const string PsychologicalNeeds = "psychologicalNeeds";

    /// <summary>Other health needs (Gesundheit, Behinderung): their own consent item.</summary>
    public const string HealthNeeds = "healthNeeds";
    public const string SeverelyDisabled = "severelyDisabled";
    public const string TargetGroup = "targetGroup";
    public const string CaseManager = "caseManager";

    public static readonly IReadOnlyList<string> All =
        [CustomerNumber, BirthDate, Age, Profile, ActionNeeds, AddictionNeeds, PsychologicalNeeds, HealthNeeds, SeverelyDisabled, TargetGroup, CaseManager];

    /// <summary>The consent items of health-related needs (special category, Art. 9 GDPR): each read by a provider is audited.</summary>
    public static readonly IReadOnlyList<string> HealthItems = [AddictionNeeds, PsychologicalNeeds, HealthNeeds];

    public static bool IsKnown(string field) => All.Contains(field, StringComparer.Ordinal);

    /// <summary>The German name shown to users.</summary>
    public static string GermanName(string field) => field switch
    {
        CustomerNumber => "Kundennummer",
        BirthDate => "Geburtsdatum",
        Age => "Alter",
        Profile => "Profillage",
        ActionNeeds => "Handlungsbedarfe",
        AddictionNeeds => "Handlungsbedarfe zu Sucht (eigene Einwilligung)",
        PsychologicalNeeds => "Handlungsbedarfe zur psychischen Gesundheit (eigene Einwilligung)",
        HealthNeeds => "Handlungsbedarfe zur Gesundheit (eigene Einwilligung)",
        SeverelyDisabled => "Schwerbehinderung",
        TargetGroup => "Zielgruppe",
        CaseManager => "zuständige Fallmanagerin/zuständiger Fallmanager",
        _ => field,
    };

    /// <summary>Every field with its German name, for forms and the vocabulary.</summary>
    public static IReadOnlyList<Forms.FieldOption> Options => [.. All.Select(name => new Forms.FieldOption(name, GermanName(name)))];

    /// <summary>The names of <paramref name="fields"/> that are not in the catalogue.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> fields) => fields.Where(f => !IsKnown(f)).Distinct().ToList();
}
