using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class TypeCheckTests
{
    [Theory]
    [InlineData("accepted = true", 0, "Unbekannter Name 'accepted' (unknown name), erlaubt sind vars, case, rules; gemeint vars.accepted?")]
    [InlineData("vars.a and customer.age > 3", 11, "unknown name")]
    [InlineData("count = 1", 0, "als Funktion: count(...)")]
    [InlineData("size(vars.tags)", 0, "Unbekannte Funktion 'size' (unknown function), bekannt sind count, now")]
    [InlineData("count()", 0, "count erwartet 1 Argument, gefunden 0 (wrong number of arguments)")]
    [InlineData("now(1)", 0, "now erwartet 0 Argumente, gefunden 1")]
    [InlineData("contains(vars.tags)", 0, "contains erwartet 2 Argumente")]
    [InlineData("'a' - 1", 4, "Operator '-' passt nicht zu Text (string) und Zahl (number)")]
    [InlineData("'a' * 'b'", 4, "Operator '*' passt nicht")]
    [InlineData("true < 3", 5, "Operator '<' passt nicht zu Wahrheitswert (boolean) und Zahl (number)")]
    [InlineData("vars.a < true", 7, "Operator '<' passt nicht")]
    [InlineData("[1] + [2]", 4, "Operator '+' passt nicht")]
    [InlineData("1 + 'a'", 2, "Operator '+' passt nicht")]
    [InlineData("date('2026-01-01') + 1", 19, "Operator '+' passt nicht zu Datum (date) und Zahl (number)")]
    [InlineData("today() < now()", 8, "Operator '<' passt nicht zu Datum (date) und Zeitpunkt (date-time)")]
    [InlineData("vars.a < null", 7, "Vergleich mit null (comparison with null)")]
    [InlineData("null + 1", 5, "Rechnen mit null")]
    [InlineData("not 5", 0, "'not' braucht einen Wahrheitswert (boolean), gefunden Zahl (number)")]
    [InlineData("-'a'", 0, "'-' braucht eine Zahl oder Dauer")]
    [InlineData("1 and true", 2, "'and' braucht Wahrheitswerte (booleans), links steht Zahl (number)")]
    [InlineData("vars.a or 'x'", 7, "rechts steht Text (string)")]
    [InlineData("1 in 'abc'", 2, "'in' braucht rechts eine Liste (list), gefunden Text (string)")]
    [InlineData("count('abc')", 6, "count erwartet als 1. Argument Liste (list), gefunden Text (string)")]
    [InlineData("contains('abc', 1)", 16, "contains erwartet als 2. Argument Text (string)")]
    [InlineData("contains(1, 1)", 9, "Text (string) oder Liste (list)")]
    [InlineData("date('2026-13-01')", 5, "'2026-13-01' ist kein Datum (not a date")]
    [InlineData("date(5)", 5, "wrong argument type")]
    [InlineData("duration('6 Monate')", 9, "'6 Monate' ist keine Dauer (not an ISO 8601 duration")]
    [InlineData("isDefined('vars.a')", 10, "isDefined erwartet einen Pfad (expected a path)")]
    [InlineData("isDefined(foo.a)", 10, "unknown name")]
    [InlineData("[1, unknown]", 4, "unknown name")]
    public void Errors_that_can_never_work_are_found_at_parse_time(string text, int position, string fragment)
    {
        var error = ParseError(text);

        Assert.Contains(fragment, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("vars.a", ExpressionType.Any)]
    [InlineData("null", ExpressionType.Null)]
    [InlineData("vars.a = 1", ExpressionType.Boolean)]
    [InlineData("not vars.a", ExpressionType.Boolean)]
    [InlineData("vars.a in vars.b", ExpressionType.Boolean)]
    [InlineData("vars.a * 2", ExpressionType.Number)]
    [InlineData("vars.a + 1", ExpressionType.Number)]
    [InlineData("vars.a + vars.b", ExpressionType.Any)]
    [InlineData("-vars.a", ExpressionType.Any)]
    [InlineData("-2", ExpressionType.Number)]
    [InlineData("'a' + vars.b", ExpressionType.Any)]
    [InlineData("'a' + 'b'", ExpressionType.String)]
    [InlineData("today() + duration('P1D')", ExpressionType.Date)]
    [InlineData("now() - duration('P1D')", ExpressionType.DateTime)]
    [InlineData("today() - date(vars.start)", ExpressionType.Duration)]
    [InlineData("today() - vars.start", ExpressionType.Any)]
    [InlineData("now()", ExpressionType.DateTime)]
    [InlineData("count(vars.a)", ExpressionType.Number)]
    [InlineData("[1]", ExpressionType.List)]
    [InlineData("contains(vars.a, 1)", ExpressionType.Boolean)]
    public void The_static_type_of_the_whole_expression_is_known_where_it_can_be(string text, ExpressionType expected) =>
        Assert.Equal(expected, Expression.Parse(text).Type);

    [Theory]
    [InlineData("vars.start + duration('P6M') < today()")]
    [InlineData("'2026-01-01' < today()")]
    [InlineData("vars.a = 'x' or vars.b != null")]
    [InlineData("vars.list = [1, 2]")]
    public void Well_typed_expressions_with_variables_pass_the_check(string text) =>
        Assert.Equal(text, Expression.Parse(text).ToString());
}
