using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// A customer's next contact due date under the contact-density rule and the table cell it came from (for the due list).
/// </summary>
/// <param name="DueOn">The day the next counting contact is due.</param>
/// <param name="Cell">The cell's name, <see cref="ContactDensityTable.CellName"/>, e.g. <c>Ue25/unemployed/EP</c>.</param>
public sealed record ContactDue(DateOnly DueOn, string Cell)
{
    /// <summary>
    /// The next due date, or null when the rule does not apply: no profile yet, or a suspension covering
    /// <paramref name="today"/> that has no end. The interval starts at the last counting contact, or at
    /// <paramref name="registeredOn"/> when there was none; the cell is chosen by the age group on that start day, the
    /// profile and the unemployed status. A due day inside a suspension moves to the day after the suspension ends
    /// (repeatedly, when suspensions follow each other); an open-ended suspension covering it means no due date.
    /// </summary>
    public static ContactDue? For(
        ContactDensityTable table,
        DateOnly birthDate,
        ProfileCode? profile,
        bool unemployed,
        DateOnly registeredOn,
        DateOnly? lastCountingContactOn,
        IReadOnlyCollection<ContactSuspension> suspensions,
        DateOnly today)
    {
        if (profile is not { } code || OpenCovering(suspensions, today))
        {
            return null;
        }

        var start = lastCountingContactOn ?? registeredOn;
        var ageGroup = AgeGroups.On(birthDate, start);
        var due = table.NextDue(start, ageGroup, code, unemployed);
        while (suspensions.FirstOrDefault(s => s.Covers(due)) is { } covering)
        {
            if (covering.To is not { } lastDay)
            {
                return null;
            }

            due = lastDay.AddDays(1);
        }

        return new(due, ContactDensityTable.CellName((ageGroup, unemployed, code)));
    }

    /// <summary>Days past the due date on <paramref name="today"/> (0 while not yet overdue).</summary>
    public static int OverdueDays(DateOnly dueOn, DateOnly today) => Math.Max(0, today.DayNumber - dueOn.DayNumber);

    private static bool OpenCovering(IEnumerable<ContactSuspension> suspensions, DateOnly today) =>
        suspensions.Any(s => s.To is null && s.Covers(today));
}
