using CaseFlow.Host.Http;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.ContactDensity;

/// <summary>The body of <c>PUT /api/rules/contact-density</c>: the whole table, the day it takes effect and why.</summary>
public sealed record ContactDensityChange(IReadOnlyList<ContactDensityChange.CellChange?>? Cells = null, DateOnly? EffectiveFrom = null, [TextLimit(TextLimits.Reason)] string? Reason = null)
{
    /// <summary>One cell; every member is required (enum values as their names, e.g. <c>Ue25</c>, <c>EP</c>, <c>Monthly</c>).</summary>
    public sealed record CellChange(
        [TextLimit(TextLimits.Code)] string? AgeGroup = null,
        bool? Unemployed = null,
        [TextLimit(TextLimits.Code)] string? Profile = null,
        [TextLimit(TextLimits.Code)] string? Rhythm = null);
}
