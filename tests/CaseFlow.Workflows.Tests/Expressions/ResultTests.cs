using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class ResultTests
{
    [Theory]
    [InlineData("1 + 1", "Zahl (number) 2")]
    [InlineData("vars.name", "Text (string) 'Anna'")]
    [InlineData("vars.missing", "null")]
    [InlineData("vars.tags", "Liste (list) mit 2 Einträgen")]
    public void IsTrue_refuses_a_result_that_is_not_a_boolean(string text, string described)
    {
        var expression = Expression.Parse(text);

        var error = Assert.Throws<ExpressionException>(() => expression.IsTrue(Scope()));

        Assert.Equal($"Bedingung ergibt keinen Wahrheitswert (not a boolean): '{text}' ergibt {described}", error.Message);
    }

    [Theory]
    [InlineData("case.mainCaseworker", "fm.meier")]
    [InlineData("case.customer.age", "23")]
    [InlineData("vars.amount * 2", "25.0")]
    [InlineData("'c-' + case.id", "c-c-1")]
    [InlineData("today()", "2026-01-31")]
    [InlineData("now()", "2026-01-31T10:30:00+01:00")]
    [InlineData("duration('P6M')", "P6M")]
    public void EvaluateString_gives_text_numbers_and_dates_as_invariant_text(string text, string expected) =>
        Assert.Equal(expected, Expression.Parse(text).EvaluateString(Scope()));

    [Fact]
    public void EvaluateString_gives_null_for_a_missing_value() =>
        Assert.Null(Expression.Parse("vars.missing").EvaluateString(Scope()));

    [Theory]
    [InlineData("vars.accepted")]
    [InlineData("vars.tags")]
    public void EvaluateString_refuses_booleans_and_lists(string text)
    {
        var error = Assert.Throws<ExpressionException>(() => Expression.Parse(text).EvaluateString(Scope()));

        Assert.Contains("ergibt keinen Text (not a text value)", error.Message);
    }

    [Fact]
    public void A_parsed_expression_keeps_its_text_and_can_be_evaluated_repeatedly_against_different_scopes()
    {
        var expression = Expression.Parse("case.customer.age < 25");

        Assert.Equal("case.customer.age < 25", expression.ToString());
        Assert.True(expression.IsTrue(Scope()));
        Assert.False(expression.IsTrue(Scope(caseJson: """{ "customer": { "age": 25 } }""")));
    }
}
