using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P6M", 0, 6, 0, 0)]
    [InlineData("P2Y", 2, 0, 0, 0)]
    [InlineData("P1W", 0, 0, 7, 0)]
    [InlineData("P14D", 0, 0, 14, 0)]
    [InlineData("PT36H", 0, 0, 0, 36 * 60)]
    [InlineData("PT90M", 0, 0, 0, 90)]
    [InlineData("P1Y2M3DT4H5M", 1, 2, 3, (4 * 60) + 5)]
    [InlineData(" P6M ", 0, 6, 0, 0)]
    public void Parse_reads_calendar_units_weeks_and_time(string text, int years, int months, int days, int minutes) =>
        Assert.Equal(new IsoDuration(years, months, days, TimeSpan.FromMinutes(minutes)), IsoDuration.Parse(text));

    [Fact]
    public void Parse_reads_fractional_seconds() =>
        Assert.Equal(TimeSpan.FromMilliseconds(1500), IsoDuration.Parse("PT1.5S").Time);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("6M")]
    [InlineData("P6")]
    [InlineData("P-6M")]
    [InlineData("p6m")]
    [InlineData("P1.5Y")]
    [InlineData("PT1H2D")]
    [InlineData("P6 Monate")]
    public void TryParse_refuses_texts_that_are_no_iso_durations(string? text)
    {
        Assert.False(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(IsoDuration.Zero, duration);
    }

    [Fact]
    public void Parse_throws_a_german_format_error_for_invalid_text()
    {
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse("sechs Monate"));

        Assert.Contains("ist keine ISO-8601-Dauer", error.Message);
    }

    [Theory]
    [InlineData("2026-08-31", "P6M", "2027-02-28")]
    [InlineData("2027-08-31", "P6M", "2028-02-29")]
    [InlineData("2026-01-31", "P1M", "2026-02-28")]
    [InlineData("2026-03-31", "P1M", "2026-04-30")]
    [InlineData("2024-02-29", "P2Y", "2026-02-28")]
    [InlineData("2026-01-31", "P1M1D", "2026-03-01")]
    [InlineData("2026-12-25", "P1W", "2027-01-01")]
    public void AddTo_a_date_clamps_to_the_end_of_shorter_months(string start, string duration, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd"), IsoDuration.Parse(duration).AddTo(DateOnly.ParseExact(start, "yyyy-MM-dd")));

    [Fact]
    public void AddTo_an_instant_adds_calendar_months_then_time()
    {
        var start = new DateTimeOffset(2026, 8, 31, 22, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(2)), IsoDuration.Parse("P6MT12H").AddTo(start));
        Assert.Equal(new DateTime(2027, 2, 28, 0, 0, 0), IsoDuration.Parse("P6M").AddTo(new DateTime(2026, 8, 31)));
    }

    [Fact]
    public void Negate_then_AddTo_goes_back_in_calendar_months() =>
        Assert.Equal(new DateOnly(2026, 2, 28), IsoDuration.Parse("P1M").Negate().AddTo(new DateOnly(2026, 3, 31)));

    [Theory]
    [InlineData("P6M")]
    [InlineData("P2Y")]
    [InlineData("P14D")]
    [InlineData("PT36H")]
    [InlineData("P1Y2M3DT4H5M6S")]
    [InlineData("PT1.5S")]
    public void ToString_round_trips_through_Parse(string text)
    {
        var duration = IsoDuration.Parse(text);

        Assert.Equal(text, duration.ToString());
        Assert.Equal(duration, IsoDuration.Parse(duration.ToString()));
    }

    [Fact]
    public void ToString_writes_weeks_as_days_zero_as_PT0S_and_negatives_with_a_sign()
    {
        Assert.Equal("P7D", IsoDuration.Parse("P1W").ToString());
        Assert.Equal("PT0S", IsoDuration.Zero.ToString());
        Assert.Equal("-P6M", IsoDuration.Parse("P6M").Negate().ToString());
    }

    [Fact]
    public void Durations_add_unit_by_unit_and_know_when_they_are_zero()
    {
        Assert.Equal(new IsoDuration(1, 6, 7, TimeSpan.FromHours(1)), IsoDuration.Parse("P1YT1H") + IsoDuration.Parse("P6M1W"));
        Assert.True(IsoDuration.Zero.IsZero);
        Assert.False(IsoDuration.Parse("PT1S").IsZero);
    }
}
