using System.Diagnostics;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// The longest time allowed between two counting contacts: <paramref name="Length"/> calendar months or weeks, and the
/// contacts per year the rhythm stands for (for display).
/// </summary>
public sealed record ContactInterval(ContactRhythm Rhythm, PeriodUnit Unit, int Length, int ContactsPerYear)
{
    /// <summary>
    /// The period of each rhythm. "6-7 weeks (8 a year)" is 6 weeks and "about 2-monthly (5 a year)" 10 weeks, so the
    /// year's contacts are reached (52 / 6 ≥ 8, 52 / 10 ≥ 5); every other rhythm is whole calendar months.
    /// </summary>
    public static ContactInterval Of(ContactRhythm rhythm) => rhythm switch
    {
        ContactRhythm.Monthly => new(rhythm, PeriodUnit.Months, 1, 12),
        ContactRhythm.SixToSevenWeeks => new(rhythm, PeriodUnit.Weeks, 6, 8),
        ContactRhythm.TwoMonthly => new(rhythm, PeriodUnit.Months, 2, 6),
        ContactRhythm.AboutTwoMonthly => new(rhythm, PeriodUnit.Weeks, 10, 5),
        ContactRhythm.Quarterly => new(rhythm, PeriodUnit.Months, 3, 4),
        ContactRhythm.FourMonthly => new(rhythm, PeriodUnit.Months, 4, 3),
        ContactRhythm.HalfYearly => new(rhythm, PeriodUnit.Months, 6, 2),
        _ => throw new UnreachableException($"Unknown contact rhythm {rhythm}."),
    };

    /// <summary>
    /// The day the next counting contact is due after one on <paramref name="lastCountingContact"/>: calendar months keep the
    /// day of month and end on the last day of a shorter month (31 January + 1 month = 28/29 February), weeks add 7 days each.
    /// </summary>
    public DateOnly NextDue(DateOnly lastCountingContact) => Unit == PeriodUnit.Months
        ? lastCountingContact.AddMonths(Length)
        : lastCountingContact.AddDays(7 * Length);
}
