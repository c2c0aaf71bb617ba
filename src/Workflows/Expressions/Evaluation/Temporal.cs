using System.Globalization;
using CaseFlow.Workflows.Calendars;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>Reads ISO 8601 dates (<c>yyyy-MM-dd</c>) and date-times (<c>2026-01-31T09:30:00+01:00</c>, UTC without offset) from text.</summary>
internal static class Temporal
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseDateTime(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);

    /// <summary>A date, or the Jobcenter's date of a date-time (<c>2026-01-14T23:30:00Z</c> is 15.01. in Berlin).</summary>
    public static DateOnly ToDate(string text, JobcenterCalendar calendar) =>
        TryParseDate(text, out var date) ? date
        : TryParseDateTime(text, out var instant) ? calendar.DateOf(instant)
        : throw NotADate(text);

    /// <summary>Checks at upload that a literal is a date or a date-time.</summary>
    public static void CheckDate(string text)
    {
        if (!TryParseDate(text, out _) && !TryParseDateTime(text, out _))
        {
            throw NotADate(text);
        }
    }

    public static DateTimeOffset ToDateTime(string text) =>
        TryParseDateTime(text, out var instant) ? instant
        : throw new ValueException($"'{text}' ist kein Zeitpunkt (not a date-time, expected e.g. 2026-01-31T09:30:00+01:00)");

    public static IsoDuration ToDuration(string text) =>
        IsoDuration.TryParse(text, out var duration) ? duration
        : throw new ValueException($"'{text}' ist keine Dauer (not an ISO 8601 duration, e.g. P6M, P14D, PT2H)");

    /// <summary>A string next to a duration: a date when it is one, else a date-time.</summary>
    public static object ToDateOrDateTime(string text) =>
        TryParseDate(text, out var date) ? date
        : TryParseDateTime(text, out var instant) ? instant
        : throw new ValueException($"'{text}' ist weder Datum noch Zeitpunkt (not a date or date-time)");

    private static ValueException NotADate(string text) =>
        new($"'{text}' ist kein Datum (not a date, expected yyyy-MM-dd)");

    public static IsoDuration Between(DateOnly later, DateOnly earlier) =>
        new(0, 0, later.DayNumber - earlier.DayNumber, TimeSpan.Zero);

    public static IsoDuration Between(DateTimeOffset later, DateTimeOffset earlier)
    {
        var difference = later - earlier;
        return new IsoDuration(0, 0, difference.Days, difference - TimeSpan.FromDays(difference.Days));
    }

    /// <summary>Orders durations made of days and time only; months and years have no fixed length.</summary>
    public static int Compare(IsoDuration left, IsoDuration right)
    {
        if (left.Years != 0 || left.Months != 0 || right.Years != 0 || right.Months != 0)
        {
            throw new ValueException(
                $"Dauern mit Monaten oder Jahren lassen sich nicht vergleichen (durations with months are not ordered): {left} und {right}");
        }

        return (TimeSpan.FromDays(left.Days) + left.Time).CompareTo(TimeSpan.FromDays(right.Days) + right.Time);
    }
}
