namespace CaseFlow.Host.ContactDensity;

/// <summary>The body of <c>PUT /api/rules/contact-density</c>: the whole table, the day it takes effect and why.</summary>
public sealed record ContactDensityChange(IReadOnlyList<ContactDensityChange.Cell?>? Cells, DateOnly? EffectiveFrom, string? Reason)
{
    /// <summary>One cell; every member is required (enum values as their names, e.g. <c>Ue25</c>, <c>EP</c>, <c>Monthly</c>).</summary>
    public sealed record Cell(string? AgeGroup, bool? Unemployed, string? Profile, string? Rhythm);
}
