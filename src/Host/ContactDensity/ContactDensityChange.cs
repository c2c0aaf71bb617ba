namespace CaseFlow.Host.ContactDensity;

/// <summary>The body of <c>PUT /api/rules/contact-density</c>: the whole table, the day it takes effect and why.</summary>
public sealed record ContactDensityChange(IReadOnlyList<ContactDensityChange.CellChange?>? Cells = null, DateOnly? EffectiveFrom = null, string? Reason = null)
{
    /// <summary>One cell; every member is required (enum values as their names, e.g. <c>Ue25</c>, <c>EP</c>, <c>Monthly</c>).</summary>
    public sealed record CellChange(string? AgeGroup = null, bool? Unemployed = null, string? Profile = null, string? Rhythm = null);
}
