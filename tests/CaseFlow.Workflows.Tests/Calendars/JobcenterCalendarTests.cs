using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests.Calendars;

public sealed class JobcenterCalendarTests
{
    private static readonly JobcenterCalendar Calendar = Berlin.Calendar;

    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-01-14T22:59:59", "2026-01-14")]
    [InlineData("2026-01-14T23:00:00", "2026-01-15")]
    [InlineData("2026-01-14T23:30:00", "2026-01-15")]
    [InlineData("2026-07-14T21:59:59", "2026-07-14")]
    [InlineData("2026-07-14T22:00:00", "2026-07-15")]
    [InlineData("2026-07-14T23:30:00", "2026-07-15")]
    [InlineData("2026-12-31T23:30:00", "2027-01-01")]
    public void An_instant_s_date_is_the_german_date_not_the_utc_date(string utc, string german)
    {
        Assert.Equal(DateOnly.Parse(german, System.Globalization.CultureInfo.InvariantCulture), Calendar.DateOf(Utc(utc)));
        Assert.Equal(DateOnly.Parse(german, System.Globalization.CultureInfo.InvariantCulture), Calendar.DateOf(new DateTimeOffset(Utc(utc))));
    }

    [Fact]
    public void Today_comes_from_the_clock_in_winter_and_in_summer()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Berlin.At(new DateTimeOffset(2026, 1, 14, 23, 30, 0, TimeSpan.Zero)).Today);
        Assert.Equal(new DateOnly(2026, 7, 15), Berlin.At(new DateTimeOffset(2026, 7, 14, 23, 30, 0, TimeSpan.Zero)).Today);
        Assert.Equal(new DateTime(2026, 7, 14, 23, 30, 0, DateTimeKind.Utc), Berlin.At(new DateTimeOffset(2026, 7, 14, 23, 30, 0, TimeSpan.Zero)).Now);
    }

    [Theory]
    [InlineData("2026-01-15", "2026-01-14T23:00:00")]
    [InlineData("2026-07-15", "2026-07-14T22:00:00")]
    [InlineData("2026-03-29", "2026-03-28T23:00:00")] // clocks go forward at 02:00 that day, midnight is still CET
    [InlineData("2026-03-30", "2026-03-29T22:00:00")]
    [InlineData("2026-10-25", "2026-10-24T22:00:00")] // clocks go back at 03:00 that day, midnight is still CEST
    [InlineData("2026-10-26", "2026-10-25T23:00:00")]
    public void A_day_begins_at_midnight_in_berlin(string day, string utc) =>
        Assert.Equal(Utc(utc), Calendar.StartOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_day_of_a_clock_change_has_23_or_25_hours()
    {
        Assert.Equal(TimeSpan.FromHours(23), Calendar.StartOf(new DateOnly(2026, 3, 30)) - Calendar.StartOf(new DateOnly(2026, 3, 29)));
        Assert.Equal(TimeSpan.FromHours(25), Calendar.StartOf(new DateOnly(2026, 10, 26)) - Calendar.StartOf(new DateOnly(2026, 10, 25)));
    }

    [Theory]
    [InlineData("2026-03-28T09:00:00", 1, "2026-03-29T08:00:00")] // 10:00 CET → 10:00 CEST
    [InlineData("2026-10-24T08:00:00", 1, "2026-10-25T09:00:00")] // 10:00 CEST → 10:00 CET
    [InlineData("2026-03-20T22:30:00", 14, "2026-04-03T21:30:00")] // 20.03. 23:30 → 03.04. 23:30, not 04.04.
    [InlineData("2026-03-28T01:30:00", 1, "2026-03-29T01:30:00")] // 02:30 does not exist on 29.03.: 03:30 CEST
    [InlineData("2026-10-24T00:30:00", 1, "2026-10-25T00:30:00")] // 02:30 happens twice on 25.10.: the first (CEST)
    public void Calendar_days_keep_the_local_time_across_a_clock_change(string utc, int days, string expected) =>
        Assert.Equal(Utc(expected), Calendar.AddDays(Utc(utc), days));

    [Fact]
    public void Months_count_on_the_german_calendar()
    {
        // 31.01.2026 00:30 CET (30.01. 23:30 UTC) + 1 month = 28.02. 00:30 CET; in UTC it would be 28.02. 23:30 = 01.03. in Berlin.
        Assert.Equal(Utc("2026-02-27T23:30:00"), Calendar.AddMonths(Utc("2026-01-30T23:30:00"), 1));
        Assert.Equal(new DateOnly(2026, 2, 28), Calendar.DateOf(Calendar.AddMonths(Utc("2026-01-30T23:30:00"), 1)));
        Assert.Equal(Utc("2026-07-31T07:30:00"), Calendar.Add(Utc("2026-01-31T08:30:00"), IsoDuration.Parse("P6M")));
        Assert.Equal(Utc("2026-03-29T10:00:00"), Calendar.Add(Utc("2026-03-28T09:00:00"), IsoDuration.Parse("P1DT2H")));
    }

    [Fact]
    public void Local_time_shows_the_offset_in_force()
    {
        Assert.Equal(TimeSpan.FromHours(1), Calendar.LocalTime(Utc("2026-01-14T23:30:00")).Offset);
        Assert.Equal(TimeSpan.FromHours(2), Calendar.LocalTime(Utc("2026-07-14T23:30:00")).Offset);
    }
}
