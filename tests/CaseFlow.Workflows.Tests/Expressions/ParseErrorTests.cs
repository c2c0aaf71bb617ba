using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("", 0, "leer (empty expression)")]
    [InlineData("   ", 0, "leer (empty expression)")]
    [InlineData("vars.a # 1", 7, "Unerwartetes Zeichen '#' (unexpected character)")]
    [InlineData("!vars.a", 0, "bitte 'not' schreiben")]
    [InlineData("vars.a && vars.b", 7, "'and' bzw. 'or'")]
    [InlineData("vars.name = 'Anna", 12, "unterminated string")]
    [InlineData("vars.name = \"Anna'", 12, "unterminated string")]
    [InlineData("'a\\q'", 2, "unknown escape")]
    [InlineData("1 +", 3, "unexpected end")]
    [InlineData("(1 + 2", 6, "')' erwartet")]
    [InlineData("[1, 2", 5, "']' erwartet")]
    [InlineData("count(vars.tags", 15, "')' erwartet")]
    [InlineData("1 2", 2, "unexpected token")]
    [InlineData("vars.a = = 1", 9, "expected an operand")]
    [InlineData("vars.", 5, "expected a member name")]
    [InlineData("vars.a.1", 7, "expected a member name")]
    [InlineData("1 < 2 < 3", 6, "chained comparison")]
    [InlineData("vars.a = 1 in [1]", 11, "chained comparison")]
    [InlineData("[1, ]", 4, "expected an operand")]
    [InlineData("99999999999999999999999999999999", 0, "number out of range")]
    public void A_syntax_error_names_its_kind_and_position(string text, int position, string fragment)
    {
        var error = ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains(fragment, error.Message);
        Assert.Contains($"(Position {position})", error.Message);
    }

    [Fact]
    public void TryParse_reports_the_error_instead_of_throwing()
    {
        Assert.False(Expression.TryParse("1 +", out var broken, out var error));
        Assert.Null(broken);
        Assert.Equal(3, error!.Position);

        Assert.True(Expression.TryParse("vars.a = 1", out var expression, out var none));
        Assert.Equal("vars.a = 1", expression!.Text);
        Assert.Null(none);
    }

    [Fact]
    public void TryParse_treats_null_text_as_an_empty_expression()
    {
        Assert.False(Expression.TryParse(null, out _, out var error));
        Assert.Contains("leer", error!.Message);
    }
}
