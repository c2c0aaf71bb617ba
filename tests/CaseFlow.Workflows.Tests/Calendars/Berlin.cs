using CaseFlow.Workflows.Calendars;

namespace CaseFlow.Workflows.Tests.Calendars;

/// <summary>The Jobcenter's calendar in Europe/Berlin, the default time zone, on a fixed or the system clock.</summary>
internal static class Berlin
{
    public static readonly JobcenterCalendar Calendar = JobcenterCalendar.For(JobcenterCalendar.DefaultTimeZone, TimeProvider.System);

    /// <summary>The calendar with a clock standing at <paramref name="now"/>.</summary>
    public static JobcenterCalendar At(DateTimeOffset now) => JobcenterCalendar.For(JobcenterCalendar.DefaultTimeZone, new FixedClock(now));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
