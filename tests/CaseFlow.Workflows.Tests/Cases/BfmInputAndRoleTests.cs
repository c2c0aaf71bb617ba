using CaseFlow.Workflows.Cases;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class BfmInputAndRoleTests
{
    [Theory]
    [InlineData("refer", "Draft", null, null, "data.consent")]
    [InlineData("refer", "Draft", """{"consent":"ja"}""", null, "data.consent")]
    [InlineData("waive", "Draft", null, null, "reason")]
    [InlineData("accept", "Referred", """{}""", null, "data.workingAlliance")]
    [InlineData("reject", "Referred", null, " ", "reason")]
    [InlineData("agree-plan", "Planning", """{"planType":"Vertrag","nextReviewDue":"2027-01-01"}""", null, "data.planType")]
    [InlineData("agree-plan", "Planning", """{"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"1.1.2027"}""", null, "data.nextReviewDue")]
    [InlineData("exit", "Steering", """{"finalProfile":"I","closingPlan":"Nachbetreuung durch die IFK"}""", "Bored", "reason")]
    [InlineData("exit", "Steering", """{}""", "Integrated", "data.finalProfile")]
    [InlineData("exit", "Steering", "[1,2]", "Integrated", "data")]
    public void Missing_or_malformed_input_names_the_field_and_changes_nothing(string action, string state, string? data, string? reason, string field)
    {
        var scenario = new BfmScenario().Eligible();
        _ = state switch
        {
            "Referred" => scenario.Referred(),
            "Planning" => scenario.Planning(),
            "Steering" => scenario.Steering(),
            _ => scenario,
        };
        var actor = state == "Draft" ? Ifk : Fm;
        var before = scenario.Snapshot();

        var error = Assert.Throws<ActionInputException>(() => scenario.Act(actor, action, data, reason));

        Assert.Equal(field, error.Field);
        Assert.Equal(before, scenario.Snapshot());
    }

    [Theory]
    [InlineData("refer")]
    [InlineData("waive")]
    public void An_fm_cannot_take_the_ifk_actions(string action)
    {
        var scenario = new BfmScenario().Eligible();

        var error = Assert.Throws<ActionForbiddenException>(() => scenario.Act(Fm, action, """{"consent":true}""", "Grund"));

        Assert.Equal("IFK", error.RequiredRole);
        Assert.Equal("Draft", scenario.Case.State);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    [InlineData("complete-assessment")]
    [InlineData("agree-plan")]
    [InlineData("review")]
    [InlineData("revise-plan")]
    [InlineData("exit")]
    public void An_ifk_or_a_supervisor_cannot_take_the_fm_actions(string action)
    {
        var scenario = new BfmScenario().Referred();

        Assert.Throws<ActionForbiddenException>(() => scenario.Act(Ifk, action));
        Assert.Throws<ActionForbiddenException>(() => scenario.Act(Supervisor, action));
        Assert.Equal("Referred", scenario.Case.State);
    }

    [Fact]
    public void Allowed_actions_give_the_role_and_rule_reasons_and_mark_the_allowed_ones()
    {
        var scenario = new BfmScenario().Eligible(needs: 1);

        var forIfk = scenario.Allowed(Ifk).ToDictionary(a => a.Action);
        var forFm = scenario.Allowed(Fm).ToDictionary(a => a.Action);

        Assert.False(forIfk["refer"].Allowed);
        Assert.Contains(forIfk["refer"].Reasons, r => r.Contains("1 von mindestens 3"));
        Assert.Contains(forFm["refer"].Reasons, r => r.StartsWith("Nur für Integrationsfachkraft"));
        Assert.Equal(9, forIfk.Count);

        scenario.Eligible();
        Assert.True(scenario.Allowed(Ifk).Single(a => a.Action == "refer").Allowed);
    }
}
