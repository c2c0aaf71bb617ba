namespace CaseFlow.Workflows.Customers;

/// <summary>A Jobcenter customer (eLb) with the profiling the hand-over rules look at.</summary>
public sealed class Customer
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string CustomerNumber { get; init; }

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

    public bool IntegrationWithoutFmUnlikely { get; private set; }

    public List<ActionNeed> ActionNeeds { get; private set; } = [];

    public DateTime? ProfiledAt { get; private set; }

    public string? ProfiledBy { get; private set; }

    public int Version { get; set; }

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

    public int AgeOn(DateOnly day) =>
        day.Year - BirthDate.Year - (day < BirthDate.AddYears(day.Year - BirthDate.Year) ? 1 : 0);
}
