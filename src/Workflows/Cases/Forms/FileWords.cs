using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>
/// Collects a case file's facts in words, leaving out what is not set: the German label in the request's language
/// (<see cref="Terms"/>), dates (an instant as its date in the Jobcenter's time zone), counts and yes/no written for
/// it; text values (names, typed reasons) stay as they are.
/// </summary>
public sealed class FileWords(JobcenterCalendar calendar)
{
    private readonly List<FieldValue> values = [];

    public IReadOnlyList<FieldValue> Values => values;

    public FileWords Add(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.Add(new FieldValue(Terms.Say(label), value));
        }

        return this;
    }

    public FileWords Add(string label, DateOnly? date) => Add(label, date is { } day ? Terms.Date(day) : null);

    public FileWords Add(string label, DateTime? at) => Add(label, at is { } value ? calendar.DateOf(value) : null);

    public FileWords Add(string label, bool? value) => Add(label, value is null ? null : Terms.YesNo(value.Value));

    /// <summary>Adds a count, also when it is zero.</summary>
    public FileWords Count(string label, int count) => Add(label, count.ToString(Terms.Culture));

    /// <summary>Whole calendar months from <paramref name="fromInstant"/> to <paramref name="toInstant"/> on the Jobcenter's clocks (a started month not counted).</summary>
    public int MonthsBetween(DateTime fromInstant, DateTime toInstant)
    {
        var (from, to) = (calendar.LocalTime(fromInstant).DateTime, calendar.LocalTime(toInstant).DateTime);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}
