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
    public const string ActionNeeds = "actionNeeds";
    public const string SeverelyDisabled = "severelyDisabled";
    public const string TargetGroup = "targetGroup";
    public const string CaseManager = "caseManager";

    public static readonly IReadOnlyList<string> All =
        [CustomerNumber, BirthDate, Age, Profile, ActionNeeds, SeverelyDisabled, TargetGroup, CaseManager];

    public static bool IsKnown(string field) => All.Contains(field, StringComparer.Ordinal);

    /// <summary>The German name shown to users.</summary>
    public static string GermanName(string field) => field switch
    {
        CustomerNumber => "Kundennummer",
        BirthDate => "Geburtsdatum",
        Age => "Alter",
        Profile => "Profillage",
        ActionNeeds => "Handlungsbedarfe",
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
