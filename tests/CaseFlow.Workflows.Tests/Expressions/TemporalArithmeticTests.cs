using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class TemporalArithmeticTests
{
    [Theory]
    [InlineData("date('2026-08-31') + duration('P6M')", "2027-02-28")]
    [InlineData("date('2027-08-31') + duration('P6M')", "2028-02-29")]
    [InlineData("date('2026-01-31') + duration('P1M')", "2026-02-28")]
    [InlineData("duration('P1M') + date('2026-03-31')", "2026-04-30")]
    [InlineData("date('2024-02-29') + duration('P1Y')", "2025-02-28")]
    [InlineData("date('2026-01-15') + duration('P2W')", "2026-01-29")]
    [InlineData("date('2026-01-15') + duration('PT36H')", "2026-01-16")]
    [InlineData("date('2026-03-31') - duration('P1M')", "2026-02-28")]
    [InlineData("vars.start + duration('P6M')", "2026-07-15")]
    [InlineData("'2026-12-31' + duration('P2M')", "2027-02-28")]
    [InlineData("today() + duration('P6M')", "2026-07-31")]
    public void Date_plus_or_minus_a_duration_keeps_calendar_months_at_month_ends(string text, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd"), Eval(text));

    [Fact]
    public void Date_time_plus_a_duration_moves_the_instant()
    {
        // Six months on the Jobcenter's calendar keep the local time: 31.01. 10:30 CET → 31.07. 10:30 CEST (08:30 UTC).
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 10, 30, 0, TimeSpan.FromHours(2)), Eval("now() + duration('P6M')"));
        Assert.Equal(Now.AddHours(-36), Eval("now() - duration('PT36H')"));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 8, 0, 0, TimeSpan.Zero), Eval("vars.at + duration('P1M')"));
    }

    [Theory]
    [InlineData("date('2026-03-01') - date('2026-02-01')", 28)]
    [InlineData("date('2026-02-01') - date('2026-03-01')", -28)]
    [InlineData("today() - vars.start", 16)]
    [InlineData("vars.start - date('2025-01-15')", 365)]
    public void Date_minus_date_is_a_duration_in_days(string text, int days) =>
        Assert.Equal(new IsoDuration(0, 0, days, TimeSpan.Zero), Eval(text));

    [Fact]
    public void Date_time_minus_date_time_is_days_and_time() =>
        Assert.Equal(new IsoDuration(0, 0, 1, TimeSpan.FromHours(2)), Eval("now() - (now() - duration('P1DT2H'))"));

    [Fact]
    public void Durations_add_up_unit_by_unit()
    {
        Assert.Equal(new IsoDuration(1, 6, 0, TimeSpan.Zero), Eval("duration('P1Y') + duration('P6M')"));
        Assert.Equal(new IsoDuration(0, 0, 5, TimeSpan.Zero), Eval("duration('P1W') - duration('P2D')"));
    }

    [Theory]
    [InlineData("today() - vars.start > duration('P14D')", true)]
    [InlineData("today() - vars.start > duration('P16D')", false)]
    [InlineData("vars.start + duration('P6M') <= today()", false)]
    public void Date_differences_compare_with_day_durations(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));
}
