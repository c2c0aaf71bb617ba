namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>Which age group a person is in on a day.</summary>
public static class AgeGroups
{
    /// <summary>Under this age a person is U25.</summary>
    public const int U25Limit = 25;

    /// <summary>
    /// U25 until the day before the 25th birthday, Ü25 from that birthday on; people born on 29 February have their
    /// birthday on 28 February in common years (as <see cref="Customers.Customer.AgeOn"/> counts, § 188 BGB).
    /// </summary>
    public static AgeGroup On(DateOnly birthDate, DateOnly day) =>
        day < birthDate.AddYears(U25Limit) ? AgeGroup.U25 : AgeGroup.Ue25;
}
