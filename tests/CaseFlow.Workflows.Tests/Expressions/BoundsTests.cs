using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class BoundsTests
{
    [Fact]
    public void Text_longer_than_2000_characters_is_refused()
    {
        var text = "'" + new string('a', 1999) + "'";

        var error = ParseError(text);

        Assert.Equal(2000, error.Position);
        Assert.Contains("zu lang (text longer than 2000 characters): 2001 Zeichen", error.Message);
    }

    [Fact]
    public void Text_of_exactly_2000_characters_is_accepted()
    {
        var text = "'" + new string('a', 1998) + "'";

        Assert.Equal(1998, ((string)Eval(text)!).Length);
    }

    [Theory]
    [InlineData("(", ")", 32)]
    [InlineData("[", "]", 32)]
    [InlineData("([", "])", 16)]
    [InlineData("not (", ")", 16)]
    public void Nesting_up_to_32_levels_parses(string open, string close, int levels)
    {
        var text = string.Concat(Enumerable.Repeat(open, levels)) + "true" + string.Concat(Enumerable.Repeat(close, levels));

        Assert.NotNull(Expression.Parse(text));
    }

    [Theory]
    [InlineData("(", ")", 32)]
    [InlineData("[", "]", 32)]
    [InlineData("not ", "", 128)]
    [InlineData("-", "", 32)]
    public void Nesting_deeper_than_32_levels_is_refused_where_level_33_opens(string open, string close, int positionOf33rd)
    {
        var text = string.Concat(Enumerable.Repeat(open, 33)) + "true" + string.Concat(Enumerable.Repeat(close, 33));

        var error = ParseError(text);

        Assert.Contains("zu tief verschachtelt (nesting deeper than 32)", error.Message);
        Assert.Equal(positionOf33rd, error.Position);
    }

    [Fact]
    public void Pathologically_deep_text_fails_cleanly_instead_of_overflowing_the_stack()
    {
        var text = new string('(', 999) + "1" + new string(')', 999);

        Assert.Contains("nesting deeper than 32", ParseError(text).Message);
    }

    [Fact]
    public void A_long_flat_chain_of_operators_within_the_text_limit_evaluates()
    {
        var text = "1" + string.Concat(Enumerable.Repeat("+1", 999));

        Assert.Equal(1000m, Eval(text));
    }

    [Fact]
    public void A_list_variable_with_more_than_1000_items_is_refused_at_runtime()
    {
        var vars = $$"""{ "big": [{{string.Join(',', Enumerable.Range(0, 1001))}}] }""";

        Assert.Contains("vars.big ist zu lang (list longer than 1000 items)", RuntimeError("1 in vars.big", vars).Message);
        Assert.Contains("list longer than 1000 items", RuntimeError("count(vars.big)", vars).Message);
    }

    [Fact]
    public void Evaluation_stops_after_10000_steps()
    {
        var vars = $$"""{ "list": [{{string.Join(',', Enumerable.Range(0, 1000))}}] }""";
        var text = string.Join(" or ", Enumerable.Repeat("-1 in vars.list", 4));

        Assert.False(IsTrue(text, vars));
        var error = RuntimeError(string.Join(" or ", Enumerable.Repeat("-1 in vars.list", 6)), vars);
        Assert.Contains("zu aufwendig (more than 10000 evaluation steps)", error.Message);
    }

    [Fact]
    public void Concatenated_text_is_bounded()
    {
        var vars = $$"""{ "s": "{{new string('x', 5000)}}" }""";
        var text = "((vars.s + vars.s) + (vars.s + vars.s)) + ((vars.s + vars.s) + (vars.s + vars.s))";

        Assert.Contains("string longer than 20000 characters", RuntimeError(text, vars).Message);
    }
}
