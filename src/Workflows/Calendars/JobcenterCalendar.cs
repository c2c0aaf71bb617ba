using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Calendars;

/// <summary>
/// The Jobcenter's calendar (Kalendertage): instants are stored and compared in UTC, but every calendar date CaseFlow
/// computes – "today", due dates, ages, month and year arithmetic, date-based timers – is a date in the Jobcenter's
/// time zone (<c>Europe/Berlin</c> by default, configuration <c>Calendar:TimeZone</c>). At 23:30 UTC in winter it is
/// already the next day in Berlin (00:30 CET), in summer from 22:00 UTC (00:00 CEST).
/// </summary>
public sealed class JobcenterCalendar
{
    /// <summary>The time zone used when none is configured.</summary>
    public const string DefaultTimeZone = "Europe/Berlin";

    private readonly TimeProvider clock;

    public JobcenterCalendar(TimeZoneInfo zone, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(clock);
        Zone = zone;
        this.clock = clock;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The current instant (UTC) from the clock.</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today's date in the Jobcenter's time zone.</summary>
    public DateOnly Today => DateOf(clock.GetUtcNow());

    /// <summary>A calendar for an IANA time zone id such as <c>Europe/Berlin</c>; throws <see cref="TimeZoneNotFoundException"/> for an unknown one.</summary>
    public static JobcenterCalendar For(string timeZoneId, TimeProvider clock) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), clock);

    /// <summary>The Jobcenter's date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The Jobcenter's date of an instant (a <see cref="DateTime"/> of unspecified kind is UTC, as stored).</summary>
    public DateOnly DateOf(DateTime instant) => DateOf(Instant(instant));

    /// <summary>The instant as the Jobcenter's clocks show it (with the offset in force then, +01:00 or +02:00).</summary>
    public DateTimeOffset LocalTime(DateTime instant) => TimeZoneInfo.ConvertTime(Instant(instant), Zone);

    /// <summary>
    /// The instant (UTC) the day begins in the Jobcenter's time zone: 00:00 local time, e.g. 14.01.2026 → 13.01.2026
    /// 23:00 UTC, 14.07.2026 → 13.07.2026 22:00 UTC. A date-based timer fires then.
    /// </summary>
    public DateTime StartOf(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));

    /// <summary>
    /// Adds a duration to an instant the way a calendar does: years, months and days move the date in the Jobcenter's
    /// time zone and keep the local time of day (also across a clock change), the time part then adds elapsed time.
    /// </summary>
    public DateTime Add(DateTime instant, IsoDuration duration)
    {
        var local = LocalTime(instant).DateTime;
        var moved = local.AddYears(duration.Years).AddMonths(duration.Months).AddDays(duration.Days);
        return ToUtc(moved).Add(duration.Time);
    }

    /// <inheritdoc cref="Add(DateTime, IsoDuration)"/>
    public DateTimeOffset Add(DateTimeOffset instant, IsoDuration duration) =>
        new DateTimeOffset(Add(instant.UtcDateTime, duration), TimeSpan.Zero).ToOffset(instant.Offset);

    /// <summary>The instant <paramref name="days"/> calendar days later at the same local time (a follow-up due in 7 days).</summary>
    public DateTime AddDays(DateTime instant, int days) => Add(instant, new IsoDuration(0, 0, days, TimeSpan.Zero));

    /// <summary>The instant <paramref name="months"/> calendar months later at the same local time (31.08. + 6 months = 28./29.02.).</summary>
    public DateTime AddMonths(DateTime instant, int months) => Add(instant, new IsoDuration(0, months, 0, TimeSpan.Zero));

    private static DateTimeOffset Instant(DateTime instant) => instant.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(instant.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc), TimeSpan.Zero),
    };

    /// <summary>
    /// A local wall-clock time as UTC. A time the clocks skip (spring forward) counts from the offset before the change,
    /// i.e. as late as the gap is long (02:30 → 03:30 CEST); a time they pass twice (fall back) is its first occurrence.
    /// </summary>
    private DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return DateTime.SpecifyKind(local - Zone.GetUtcOffset(local.AddDays(-1)), DateTimeKind.Utc);
        }

        return Zone.IsAmbiguousTime(local)
            ? DateTime.SpecifyKind(local - Zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
