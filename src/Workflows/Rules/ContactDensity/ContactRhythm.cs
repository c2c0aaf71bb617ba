using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// The minimum contact rhythms a cell of the contact-density table can hold (seed 004's wording); the period behind each is
/// <see cref="ContactInterval.Of"/>.
/// </summary>
public enum ContactRhythm
{
    [Label("monatlich (12 Kontakte im Jahr)")]
    Monthly,

    [Label("alle 6-7 Wochen (8 Kontakte im Jahr)")]
    SixToSevenWeeks,

    [Label("2-monatlich (6 Kontakte im Jahr)")]
    TwoMonthly,

    [Label("ca. 2-monatlich (5 Kontakte im Jahr)")]
    AboutTwoMonthly,

    [Label("vierteljährlich (4 Kontakte im Jahr)")]
    Quarterly,

    [Label("ca. 4-monatlich (3 Kontakte im Jahr)")]
    FourMonthly,

    [Label("halbjährlich (2 Kontakte im Jahr)")]
    HalfYearly,
}
