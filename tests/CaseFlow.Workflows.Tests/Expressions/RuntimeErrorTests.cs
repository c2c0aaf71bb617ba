using static CaseFlow.Workflows.Tests.Expressions.Scopes;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class RuntimeErrorTests
{
    [Theory]
    [InlineData("vars.x < 3", 0, "Vergleich mit null (missing value): vars.x ist nicht gesetzt")]
    [InlineData("3 >= vars.x", 5, "Vergleich mit null (missing value): vars.x ist nicht gesetzt")]
    [InlineData("vars.nothing + 1", 0, "Rechnen mit null (missing value): vars.nothing ist nicht gesetzt")]
    [InlineData("vars.x and true", 0, "'and' braucht Wahrheitswerte (booleans), aber vars.x ist nicht gesetzt")]
    [InlineData("not vars.x", 0, "'not' mit null (missing value): vars.x ist nicht gesetzt")]
    [InlineData("1 in vars.x", 2, "'in' braucht rechts eine Liste (list), aber vars.x ist nicht gesetzt")]
    [InlineData("count(vars.x)", 0, "count braucht eine Liste (list), aber vars.x ist nicht gesetzt")]
    [InlineData("date(vars.x)", 0, "date braucht ein Datum (date), aber vars.x ist nicht gesetzt")]
    public void A_missing_value_in_an_operation_names_the_path_that_is_not_set(string text, int position, string fragment)
    {
        var error = RuntimeError(text);

        Assert.Contains(fragment, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("vars.name - 1", 10, "Operator '-' passt nicht zu Text (string) 'Anna' und Zahl (number) 1")]
    [InlineData("vars.count < 'x'", 11, "Operator '<' passt nicht zu Zahl (number) 3 und Text (string) 'x'")]
    [InlineData("vars.count and true", 0, "'and' braucht Wahrheitswerte (booleans), gefunden Zahl (number) 3")]
    [InlineData("not vars.name", 0, "'not' passt nicht zu Text (string) 'Anna'")]
    [InlineData("1 in vars.name", 2, "'in' braucht rechts eine Liste (list), gefunden Text (string)")]
    [InlineData("vars.name < today()", 10, "'Anna' ist kein Datum (not a date")]
    [InlineData("vars.name + duration('P1D')", 10, "'Anna' ist weder Datum noch Zeitpunkt")]
    [InlineData("vars.name < now()", 10, "'Anna' ist kein Zeitpunkt (not a date-time")]
    [InlineData("vars.start - '2025-01-15'", 11, "Operator '-' passt nicht zu Text (string)")]
    [InlineData("date(vars.name)", 0, "'Anna' ist kein Datum")]
    [InlineData("duration(vars.name)", 0, "'Anna' ist keine Dauer")]
    [InlineData("contains(vars.name, 1)", 0, "contains in Text braucht Text (string)")]
    [InlineData("vars.address = 1", 0, "vars.address ist ein Objekt (object); bitte ein Feld darin ansprechen")]
    [InlineData("vars.name.first = 1", 0, "vars.name ist kein Objekt (not an object)")]
    [InlineData("1 in vars.people", 5, "vars.people[0] ist ein Objekt (object)")]
    [InlineData("vars.count / 0", 11, "Division durch null (division by zero)")]
    [InlineData("79228162514264337593543950335 + 1", 30, "number overflow")]
    [InlineData("date('9999-12-01') + duration('P1M')", 19, "date out of range")]
    [InlineData("duration('P1M') < duration('P30D')", 16, "durations with months are not ordered")]
    public void A_runtime_type_error_explains_the_values_and_names_the_position(string text, int position, string fragment)
    {
        var error = RuntimeError(text);

        Assert.Contains(fragment, error.Message);
        Assert.Equal(position, error.Position);
        Assert.Contains($"(Position {position})", error.Message);
    }

    [Fact]
    public void An_error_in_a_nested_operand_keeps_the_innermost_position()
    {
        var error = RuntimeError("vars.accepted and (1 + vars.x > 2)");

        Assert.Equal(23, error.Position);
        Assert.Contains("vars.x ist nicht gesetzt", error.Message);
    }
}
