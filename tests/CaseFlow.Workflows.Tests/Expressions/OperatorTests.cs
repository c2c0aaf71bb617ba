using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("vars.count = 3", true)]
    [InlineData("vars.count == 3", true)]
    [InlineData("vars.count = 3.0", true)]
    [InlineData("vars.count != 3", false)]
    [InlineData("vars.name = 'Anna'", true)]
    [InlineData("vars.name = 'anna'", false)]
    [InlineData("vars.accepted = true", true)]
    [InlineData("vars.missing = null", true)]
    [InlineData("vars.nothing = null", true)]
    [InlineData("null = null", true)]
    [InlineData("vars.count = null", false)]
    [InlineData("vars.count != null", true)]
    [InlineData("vars.count = '3'", false)]
    [InlineData("vars.accepted = 'true'", false)]
    [InlineData("vars.tags = ['u25', 'bfm']", true)]
    [InlineData("vars.tags = ['bfm', 'u25']", false)]
    [InlineData("vars.start = date('2026-01-15')", true)]
    [InlineData("date('2026-01-15') = vars.start", true)]
    [InlineData("vars.name = date('2026-01-15')", false)]
    [InlineData("vars.at = now() - duration('PT1H30M')", true)]
    [InlineData("duration('P1D') = duration('P1D')", true)]
    public void Equality_works_on_any_pair_and_different_types_are_not_equal(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));

    [Theory]
    [InlineData("case.customer.age < 25", true)]
    [InlineData("case.customer.age <= 23", true)]
    [InlineData("case.customer.age > 23", false)]
    [InlineData("case.customer.age >= 23", true)]
    [InlineData("'Anna' < 'Bert'", true)]
    [InlineData("'a' < 'B'", false)]
    [InlineData("vars.start < '2026-02-01'", true)]
    [InlineData("vars.start < date('2026-02-01')", true)]
    [InlineData("date('2026-02-01') <= vars.start", false)]
    [InlineData("vars.at < now()", true)]
    [InlineData("now() > '2026-01-31T09:29:59Z'", true)]
    [InlineData("duration('P2D') > duration('PT36H')", true)]
    public void Orderings_compare_numbers_strings_ordinally_and_dates(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));

    [Theory]
    [InlineData("true and true", true)]
    [InlineData("true and false", false)]
    [InlineData("false or true", true)]
    [InlineData("false or false", false)]
    [InlineData("not false", true)]
    [InlineData("not not true", true)]
    [InlineData("vars.accepted and not vars.rejected", true)]
    public void Boolean_operators_combine_conditions(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));

    [Theory]
    [InlineData("false and vars.count")]
    [InlineData("true or vars.count")]
    [InlineData("false and vars.missing > 1")]
    [InlineData("true or 1 / 0 = 1")]
    public void And_and_or_short_circuit_so_the_right_side_is_not_evaluated(string text) =>
        Assert.IsType<bool>(Eval(text));

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("12 / 4 / 3", 1)]
    [InlineData("-2 * 3", -6)]
    [InlineData("-(2 + 3)", -5)]
    [InlineData("2 - -3", 5)]
    [InlineData("vars.amount * 2", 25)]
    [InlineData("1 / 4", 0.25)]
    [InlineData("vars.count + 0.5", 3.5)]
    public void Arithmetic_follows_the_usual_precedence(string text, double expected) =>
        Assert.Equal((decimal)expected, Eval(text));

    [Theory]
    [InlineData("not vars.rejected and vars.accepted", true)]
    [InlineData("not vars.accepted and vars.accepted", false)]
    [InlineData("not (vars.accepted and vars.rejected)", true)]
    [InlineData("not vars.count = 4", true)]
    [InlineData("true or true and false", true)]
    [InlineData("(true or true) and false", false)]
    [InlineData("1 + 2 = 3 and 2 * 2 > 3", true)]
    public void Not_binds_tighter_than_and_but_looser_than_comparisons(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));

    [Theory]
    [InlineData("case.kind in ['bfm', 'outreach']", true)]
    [InlineData("case.kind in ['referral']", false)]
    [InlineData("'u25' in vars.tags", true)]
    [InlineData("'x' in vars.tags", false)]
    [InlineData("2 in vars.numbers", true)]
    [InlineData("null in [1, null]", true)]
    [InlineData("1 in []", false)]
    [InlineData("vars.start in [date('2026-01-15')]", true)]
    [InlineData("not 4 in vars.numbers", true)]
    public void In_tests_membership_in_a_list_literal_or_a_list_variable(string text, bool expected) =>
        Assert.Equal(expected, IsTrue(text));

    [Fact]
    public void Plus_concatenates_strings() => Assert.Equal("Anna Schmidt", Eval("vars.name + ' ' + 'Schmidt'"));

    [Fact]
    public void Unary_minus_negates_a_duration() => Assert.Equal(new DateOnly(2026, 1, 10), Eval("date('2026-01-15') + -duration('P5D')"));
}
