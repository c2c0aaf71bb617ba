using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("count(vars.tags)", 2)]
    [InlineData("count(vars.empty)", 0)]
    [InlineData("count(vars.people)", 2)]
    [InlineData("count([1, 2, 3])", 3)]
    [InlineData("count(vars.nested) + count([])", 2)]
    public void Count_counts_list_items_including_lists_of_objects(string text, int expected) =>
        Assert.Equal((decimal)expected, Eval(text));

    [Fact]
    public void Now_and_today_come_from_the_scope_clock()
    {
        Assert.Equal(Now, Eval("now()"));
        Assert.Equal(new DateOnly(2026, 1, 31), Eval("today()"));
    }

    [Theory]
    [InlineData("date('2026-01-31')", "2026-01-31")]
    [InlineData("date(vars.start)", "2026-01-15")]
    [InlineData("date(vars.at)", "2026-01-31")]
    [InlineData("date(now())", "2026-01-31")]
    [InlineData("date(today())", "2026-01-31")]
    public void Date_reads_iso_dates_and_takes_the_day_of_a_date_time(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Eval(text));

    [Theory]
    [InlineData("duration('P6M')", 0, 6, 0, 0)]
    [InlineData("duration('P1W')", 0, 0, 7, 0)]
    [InlineData("duration('PT36H')", 0, 0, 0, 36)]
    [InlineData("duration(duration('P2Y'))", 2, 0, 0, 0)]
    public void Duration_reads_iso_8601_durations(string text, int years, int months, int days, int hours) =>
        Assert.Equal(new IsoDuration(years, months, days, TimeSpan.FromHours(hours)), Eval(text));

    [Theory]
    [InlineData("contains(vars.tags, 'bfm')", true)]
    [InlineData("contains(vars.tags, 'BFM')", false)]
    [InlineData("contains(vars.numbers, 3)", true)]
    [InlineData("contains(vars.name, 'nn')", true)]
    [InlineData("contains(vars.name, 'x')", false)]
    [InlineData("contains(case.customer.profile, 'plex')", true)]
    public void Contains_searches_text_ordinally_or_a_list(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));

    [Theory]
    [InlineData("isDefined(vars.name)", true)]
    [InlineData("isDefined(vars.address)", true)]
    [InlineData("isDefined(vars.people)", true)]
    [InlineData("isDefined(vars.missing)", false)]
    [InlineData("isDefined(vars.nothing)", false)]
    [InlineData("isDefined(vars.missing.deeper)", false)]
    [InlineData("isDefined(vars.name.first)", false)]
    [InlineData("isDefined(vars.missing) and vars.missing > 1", false)]
    public void IsDefined_is_true_for_a_path_with_a_value_other_than_null(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));
}
