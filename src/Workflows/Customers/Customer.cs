namespace CaseFlow.Workflows.Customers;

/// <summary>A Jobcenter customer (eLb) with the profiling the hand-over rules look at.</summary>
public sealed class Customer
{
    public Guid Id { get; init; } = Guid.NewGuid();

    private string givenName = string.Empty;
    private string familyName = string.Empty;

    public required string CustomerNumber { get; init; }

    /// <summary>Vorname.</summary>
    public string GivenName
    {
        get => givenName;
        init
        {
            givenName = value;
            UpdateSearchKeys();
        }
    }

    /// <summary>Familienname.</summary>
    public string FamilyName
    {
        get => familyName;
        init
        {
            familyName = value;
            UpdateSearchKeys();
        }
    }

    /// <summary>Family then given name, folded (<see cref="SearchKeys"/>): what "Müller An" finds.</summary>
    public string FamilyNameKey { get; private set; } = string.Empty;

    /// <summary>Given then family name, folded: what "Anna Mü" finds.</summary>
    public string GivenNameKey { get; private set; } = string.Empty;

    public DateOnly BirthDate { get; init; }

    /// <summary>Schwerbehindert (GdB 50-100).</summary>
    public bool SeverelyDisabled { get; init; }

    /// <summary>Gleichgestellt.</summary>
    public bool EqualStatus { get; init; }

    /// <summary>Rehabilitand/in.</summary>
    public bool Rehabilitant { get; init; }

    /// <summary>User name of the responsible caseworker (the IFK who registered the customer).</summary>
    public required string ResponsibleCaseworker { get; init; }

    public DateTime CreatedAt { get; init; }

    public ProfileCode? Profile { get; private set; }

    /// <summary>Arbeitslos (the contact-density rule's status); true unless registration or the profile says otherwise.</summary>
    public bool Unemployed { get; set; } = true;

    /// <summary>The day the next counting contact is due (maintained, see docs/contacts.md); null without a profile or while suspended open-ended.</summary>
    public DateOnly? NextContactDueOn { get; private set; }

    /// <summary>The contact-density cell <see cref="NextContactDueOn"/> came from, e.g. <c>Ue25/unemployed/EP</c>.</summary>
    public string? ContactRuleCell { get; private set; }

    /// <summary>The day of the latest counting contact.</summary>
    public DateOnly? LastCountingContactOn { get; private set; }

    public bool IntegrationWithoutFmUnlikely { get; private set; }

    public List<ActionNeed> ActionNeeds { get; private set; } = [];

    public DateTime? ProfiledAt { get; private set; }

    public string? ProfiledBy { get; private set; }

    public int Version { get; set; }

    /// <summary>Missed appointments since the last contact that reached the customer (dated order).</summary>
    public int MissedInARow { get; private set; }

    /// <summary>Nicht erreichbar (Neue Grundsicherung 2026): since the date of the missed appointment that made the row; null when reachable.</summary>
    public DateTime? NotReachableSince { get; private set; }

    public bool NotReachable => NotReachableSince is not null;

    /// <summary>Sets the row of missed appointments and the not-reachable mark as the contacts say (<see cref="Contacts.Reachability"/>).</summary>
    public void SetReachability(int missedInARow, DateTime? notReachableSince)
    {
        MissedInARow = missedInARow;
        NotReachableSince = notReachableSince;
    }

    /// <summary>Stores the maintained due date (<see cref="Rules.ContactDensity.ContactDue"/>) and the last counting contact's day.</summary>
    public void SetContactDue(DateOnly? dueOn, string? cell, DateOnly? lastCountingContactOn)
    {
        NextContactDueOn = dueOn;
        ContactRuleCell = cell;
        LastCountingContactOn = lastCountingContactOn;
    }

    /// <summary>The IFK always stays secondary caseworker for these customers.</summary>
    public bool NeedsIfkAsSecondary => SeverelyDisabled || EqualStatus || Rehabilitant;

    public void RecordProfile(ProfileCode profile, IEnumerable<ActionNeed> needs, bool integrationWithoutFmUnlikely, string by, DateTime at)
    {
        Profile = profile;
        ActionNeeds = needs.ToList();
        IntegrationWithoutFmUnlikely = integrationWithoutFmUnlikely;
        ProfiledBy = by;
        ProfiledAt = at;
    }

    /// <summary>The profile an exit from a case (bFM) ends with; the needs stay as they are.</summary>
    public void RecordFinalProfile(ProfileCode profile, string by, DateTime at)
    {
        Profile = profile;
        ProfiledBy = by;
        ProfiledAt = at;
    }

    /// <summary>"Müller, Anna" as lists show a person.</summary>
    public string DisplayName => FamilyName.Length == 0 ? GivenName : GivenName.Length == 0 ? FamilyName : $"{FamilyName}, {GivenName}";

    public int AgeOn(DateOnly day) =>
        day.Year - BirthDate.Year - (day < BirthDate.AddYears(day.Year - BirthDate.Year) ? 1 : 0);

    private void UpdateSearchKeys()
    {
        FamilyNameKey = SearchKeys.Fold(familyName + givenName);
        GivenNameKey = SearchKeys.Fold(givenName + familyName);
    }
}
