using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class KooperationsplanGuardTests
{
    private static IReadOnlyList<string> RefusedGuards(BfmScenario scenario, Action act)
    {
        var before = scenario.Snapshot();
        var error = Assert.Throws<TriggerRefusedException>(act);
        Assert.Equal(before, scenario.Snapshot());
        return error.UnmetGuards.Select(g => g.Guard).ToList();
    }

    private static string Plan(BfmScenario scenario, string planType = "Kooperationsplan", bool agreed = true, string? extension = null) =>
        $$"""{"planType":"{{planType}}","agreedWithCustomer":{{(agreed ? "true" : "false")}},"nextReviewDue":"{{scenario.Today.AddMonths(3):yyyy-MM-dd}}"{{(extension is null ? "" : $",\"extensionJustification\":\"{extension}\"")}}}""";

    [Fact]
    public void An_eingliederungsvereinbarung_is_refused_from_the_rule_sets_date_with_a_german_reason()
    {
        var scenario = new BfmScenario().Planning();

        var error = Assert.Throws<TriggerRefusedException>(() => scenario.Act(Fm, "agree-plan", Plan(scenario, "Eingliederungsvereinbarung")));

        var unmet = Assert.Single(error.UnmetGuards);
        Assert.Equal("kooperationsplanOnly", unmet.Guard);
        Assert.Contains("Seit dem 01.07.2023 werden keine Eingliederungsvereinbarungen mehr geschlossen", unmet.Message);
        Assert.Equal("Planning", scenario.Case.State);
    }

    [Fact]
    public void Before_a_configured_later_date_an_eingliederungsvereinbarung_may_still_be_agreed()
    {
        var scenario = new BfmScenario(new BfmRuleSet { KooperationsplanFrom = new DateOnly(2027, 1, 1) }).Planning();

        scenario.Act(Fm, "agree-plan", Plan(scenario, "Eingliederungsvereinbarung"));

        Assert.Equal(PlanType.Eingliederungsvereinbarung, scenario.Case.Bfm!.PlanType);
    }

    [Fact]
    public void A_plan_not_agreed_with_the_customer_is_refused()
    {
        var scenario = new BfmScenario().Planning();

        Assert.Equal(["agreedWithCustomer"], RefusedGuards(scenario, () => scenario.Act(Fm, "agree-plan", Plan(scenario, agreed: false))));
    }

    [Fact]
    public void After_two_years_a_plan_change_needs_the_extension_justification_not_only_a_review()
    {
        var scenario = new BfmScenario().Steering();
        scenario.Now = scenario.Now.AddMonths(24).AddDays(1);
        scenario.Act(Fm, "revise-plan");

        var refusal = Assert.Throws<TriggerRefusedException>(() => scenario.Act(Fm, "agree-plan", Plan(scenario)));
        scenario.Act(Fm, "agree-plan", Plan(scenario, extension: "Arbeitsaufnahme in Sicht"));

        var unmet = Assert.Single(refusal.UnmetGuards);
        Assert.Equal("extensionJustification", unmet.Guard);
        Assert.Contains("jede Planänderung braucht eine Begründung", unmet.Message);
        Assert.Equal(("Steering", "Arbeitsaufnahme in Sicht"), (scenario.Case.State, scenario.Case.Bfm!.ExtensionJustification));
    }

    [Fact]
    public void Within_two_years_a_plan_change_needs_no_justification()
    {
        var scenario = new BfmScenario().Steering();
        scenario.Now = scenario.Now.AddMonths(23);
        scenario.Act(Fm, "revise-plan");

        scenario.Act(Fm, "agree-plan", Plan(scenario));

        Assert.Equal("Steering", scenario.Case.State);
    }

    [Theory]
    [InlineData("""{"prognosisReasons":"stabil"}""", "data.prognosis")]
    [InlineData("""{"prognosis":"Rosig","prognosisReasons":"stabil"}""", "data.prognosis")]
    [InlineData("""{"prognosis":"Negative"}""", "data.prognosisReasons")]
    [InlineData("""{"prognosis":"Negative","prognosisReasons":"  "}""", "data.prognosisReasons")]
    public void A_review_needs_a_prognosis_from_the_closed_list_and_its_reasons(string data, string field)
    {
        var scenario = new BfmScenario().Steering();
        var before = scenario.Snapshot();

        var error = Assert.Throws<ActionInputException>(() => scenario.Act(Fm, "review", data));

        Assert.Equal(field, error.Field);
        Assert.Equal(before, scenario.Snapshot());
    }

    [Fact]
    public void Plan_lists_are_limited_in_items_and_length()
    {
        var scenario = new BfmScenario().Planning();
        var due = scenario.Today.AddMonths(3);
        var many = string.Join(",", Enumerable.Range(1, 21).Select(i => $"\"Ziel {i}\""));

        var tooMany = Assert.Throws<ActionInputException>(() => scenario.Act(Fm, "agree-plan", $$"""{"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"{{due:yyyy-MM-dd}}","goals":[{{many}}]}"""));
        var tooLong = Assert.Throws<ActionInputException>(() => scenario.Act(Fm, "agree-plan", $$"""{"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"{{due:yyyy-MM-dd}}","steps":["{{new string('x', 201)}}"]}"""));

        Assert.Equal(("data.goals", "data.steps"), (tooMany.Field, tooLong.Field));
        Assert.Equal("Planning", scenario.Case.State);
    }
}
