using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Tests.Calendars;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class LiteralAndPathTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("3.25", 3.25)]
    [InlineData("0", 0)]
    [InlineData("-7", -7)]
    public void Number_literals_are_decimals(string text, double expected) =>
        Assert.Equal((decimal)expected, Eval(text));

    [Theory]
    [InlineData("'single'", "single")]
    [InlineData("\"double\"", "double")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("'a\\nb'", "a\nb")]
    [InlineData("''", "")]
    [InlineData("'Straße'", "Straße")]
    public void String_literals_take_either_quote_and_backslash_escapes(string text, string expected) =>
        Assert.Equal(expected, Eval(text));

    [Fact]
    public void Boolean_and_null_literals_evaluate_to_themselves()
    {
        Assert.Equal(true, Eval("true"));
        Assert.Equal(false, Eval("false"));
        Assert.Null(Eval("null"));
    }

    [Fact]
    public void A_list_literal_evaluates_its_items()
    {
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Eval("[1, 'a', true, null, [2]]"));

        Assert.Equal(5, list.Count);
        Assert.Equal(1m, list[0]);
        Assert.Equal("a", list[1]);
        Assert.Equal(true, list[2]);
        Assert.Null(list[3]);
        Assert.Equal(2m, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[4])[0]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(Eval("[]")));
    }

    [Theory]
    [InlineData("vars.accepted", true)]
    [InlineData("vars.count", 3.0)]
    [InlineData("vars.amount", 12.5)]
    [InlineData("vars.name", "Anna")]
    [InlineData("vars.address.city", "Köln")]
    [InlineData("case.customer.age", 23.0)]
    [InlineData("case.mainCaseworker", "fm.meier")]
    public void Paths_read_json_values_converted_to_runtime_values(string text, object expected)
    {
        var expectedValue = expected is double number ? (decimal)number : expected;

        Assert.Equal(expectedValue, Eval(text));
    }

    [Theory]
    [InlineData("vars.missing")]
    [InlineData("vars.missing.deeper")]
    [InlineData("vars.address.street")]
    [InlineData("vars.nothing")]
    public void A_missing_member_or_json_null_is_null(string text) => Assert.Null(Eval(text));

    [Fact]
    public void A_missing_root_is_null()
    {
        var scope = new ExpressionScope(new Dictionary<string, JsonNode?>(), Now, Berlin.Calendar);

        Assert.Null(Expression.Parse("vars.x").Evaluate(scope));
    }

    [Fact]
    public void A_json_array_becomes_a_list_with_nested_lists()
    {
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Eval("vars.nested"));

        Assert.Equal(2, list.Count);
        Assert.Equal([1m, 2m], Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[0]));
    }

    [Fact]
    public void Keywords_may_be_member_names_after_a_dot() =>
        Assert.Equal(5m, Eval("vars.in.not", """{ "in": { "not": 5 } }"""));

    [Fact]
    public void Values_built_in_code_rather_than_parsed_are_converted_too()
    {
        var vars = new JsonObject { ["n"] = 7, ["d"] = 1.5, ["when"] = new DateTime(2026, 3, 1), ["flag"] = true };
        var scope = new ExpressionScope(new Dictionary<string, JsonNode?> { ["vars"] = vars }, Now, Berlin.Calendar);

        Assert.Equal(7m, Expression.Parse("vars.n").Evaluate(scope));
        Assert.Equal(1.5m, Expression.Parse("vars.d").Evaluate(scope));
        Assert.Equal(true, Expression.Parse("vars.flag").Evaluate(scope));
        Assert.True(Expression.Parse("vars.when > date('2026-02-28')").IsTrue(scope));
    }
}
