using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class BfmGuardTests
{
    private static IReadOnlyList<string> RefusedGuards(BfmScenario scenario, Action act)
    {
        var before = scenario.Snapshot();
        var error = Assert.Throws<TriggerRefusedException>(act);
        Assert.Equal(before, scenario.Snapshot());
        return error.UnmetGuards.Select(g => g.Guard).ToList();
    }

    [Theory]
    [InlineData(ProfileCode.EP, true)]
    [InlineData(ProfileCode.SP, true)]
    [InlineData(ProfileCode.UP, true)]
    [InlineData(ProfileCode.MP, false)]
    [InlineData(ProfileCode.FP, false)]
    public void Only_complex_profiles_give_access(ProfileCode profile, bool allowed)
    {
        var scenario = new BfmScenario().Eligible(profile);

        Assert.Equal(allowed, scenario.Allowed(Ifk).Single(a => a.Action == "refer").Allowed);
    }

    [Fact]
    public void Two_influenceable_needs_are_too_few_and_three_are_enough()
    {
        var two = new BfmScenario().Eligible(needs: 2);
        var three = new BfmScenario().Eligible(needs: 3);

        Assert.Equal(["influenceableNeeds"], RefusedGuards(two, () => two.Act(Ifk, "refer", """{"consent":true}""")));
        three.Act(Ifk, "refer", """{"consent":true}""");
        Assert.Equal("Referred", three.Case.State);
    }

    [Fact]
    public void Needs_that_are_not_influenceable_or_in_other_key_groups_do_not_count()
    {
        var scenario = new BfmScenario();
        scenario.Customer.RecordProfile(
            ProfileCode.EP,
            [
                new ActionNeed { KeyGroup = "Rahmenbedingungen", Need = "Alter", Influenceable = false },
                new ActionNeed { KeyGroup = "Qualifikation", Need = "Sprachkenntnisse", Influenceable = true },
                new ActionNeed { KeyGroup = "Leistungsfähigkeit", Need = "Tagesstruktur", Influenceable = true },
                new ActionNeed { KeyGroup = "Rahmenbedingungen", Need = "Schulden", Influenceable = true },
            ],
            true,
            Ifk.UserName,
            Start);

        Assert.Equal(2, AccessCriteria.CountedInfluenceableNeeds(scenario.Customer, new BfmRuleSet()));
        Assert.Contains("influenceableNeeds", RefusedGuards(scenario, () => scenario.Act(Ifk, "refer", """{"consent":true}""")));
    }

    [Fact]
    public void Integration_without_fm_must_be_documented_as_unlikely()
    {
        var scenario = new BfmScenario().Eligible(unlikely: false);

        Assert.Equal(["integrationWithoutFmUnlikely"], RefusedGuards(scenario, () => scenario.Act(Ifk, "refer", """{"consent":true}""")));
    }

    [Fact]
    public void Without_consent_there_is_no_referral_even_with_an_exception()
    {
        var scenario = new BfmScenario().Eligible();

        var guards = RefusedGuards(scenario, () => scenario.Act(Ifk, "refer", """{"consent":false,"exceptionJustification":"Einzelfall"}"""));

        Assert.Equal(["consent"], guards);
    }

    [Fact]
    public void A_written_exception_replaces_the_three_access_criteria()
    {
        var scenario = new BfmScenario().Eligible(ProfileCode.MP, needs: 0, unlikely: false);

        scenario.Act(Ifk, "refer", """{"consent":true,"exceptionJustification":"Akute Wohnungslosigkeit, Zugang als Ausnahme"}""");

        Assert.Equal("Referred", scenario.Case.State);
        Assert.Equal("Akute Wohnungslosigkeit, Zugang als Ausnahme", scenario.Case.Bfm!.ExceptionJustification);
    }

    [Fact]
    public void Waiving_needs_the_criteria_to_be_met()
    {
        var scenario = new BfmScenario().Eligible(ProfileCode.AP);

        Assert.Equal(["complexProfile"], RefusedGuards(scenario, () => scenario.Act(Ifk, "waive", reason: "kein Bedarf")));
    }

    [Fact]
    public void Accepting_needs_the_working_alliance()
    {
        var scenario = new BfmScenario().Referred();

        Assert.Equal(["workingAlliance"], RefusedGuards(scenario, () => scenario.Act(Fm, "accept", """{"workingAlliance":false}""")));
    }

    [Fact]
    public void The_next_review_may_be_exactly_six_months_ahead_but_not_a_day_more_and_not_today()
    {
        var later = new BfmScenario().Planning();
        var today = new BfmScenario().Planning();
        var exact = new BfmScenario().Planning();

        Assert.Equal(["nextReviewDue"], RefusedGuards(later, () => later.Act(Fm, "agree-plan", Plan(later.Today.AddMonths(6).AddDays(1)))));
        Assert.Equal(["nextReviewDue"], RefusedGuards(today, () => today.Act(Fm, "agree-plan", Plan(today.Today))));
        exact.Act(Fm, "agree-plan", Plan(exact.Today.AddMonths(6)));
        Assert.Equal("Steering", exact.Case.State);
    }

    [Fact]
    public void A_review_after_two_years_needs_a_justification_for_continuing()
    {
        var scenario = new BfmScenario().Steering();
        scenario.Now = scenario.Now.AddMonths(24).AddDays(1);

        Assert.Equal(["extensionJustification"], RefusedGuards(scenario, () => scenario.Act(Fm, "review", Reviewed)));
        scenario.Act(Fm, "review", """{"prognosis":"Positive","prognosisReasons":"Arbeitsaufnahme absehbar","extensionJustification":"Stabilisierung fast erreicht"}""");
        Assert.Equal("Stabilisierung fast erreicht", scenario.Case.Bfm!.ExtensionJustification);
    }

    [Fact]
    public void A_review_within_two_years_needs_no_justification()
    {
        var scenario = new BfmScenario().Steering();
        scenario.Now = scenario.Now.AddMonths(23);

        scenario.Act(Fm, "review", Reviewed);

        Assert.Equal(1, scenario.Case.Bfm!.ReviewCount);
    }

    [Fact]
    public void Maximum_duration_reached_is_an_exit_reason_only_after_two_years()
    {
        var early = new BfmScenario().Steering();
        var late = new BfmScenario().Steering();
        late.Now = late.Now.AddMonths(24);

        Assert.Equal(["maximumDurationReached"], RefusedGuards(early, () => early.Act(Fm, "exit", """{"finalProfile":"SP","closingPlan":"Nachbetreuung durch die IFK"}""", "MaximumDurationReached")));
        late.Act(Fm, "exit", """{"finalProfile":"SP","closingPlan":"Nachbetreuung durch die IFK"}""", "MaximumDurationReached");
        Assert.Equal("Exited", late.Case.State);
    }

    [Fact]
    public void Configured_limits_change_the_outcome()
    {
        var scenario = new BfmScenario(new BfmRuleSet { MinimumInfluenceableNeeds = 2, ReviewIntervalMonths = 3 }).Eligible(needs: 2);
        scenario.Act(Ifk, "refer", """{"consent":true}""");
        scenario.Act(Fm, "accept", """{"workingAlliance":true}""");
        scenario.Act(Fm, "complete-assessment");

        var guards = RefusedGuards(scenario, () => scenario.Act(Fm, "agree-plan", Plan(scenario.Today.AddMonths(4))));

        Assert.Equal("Planning", scenario.Case.State);
        Assert.Equal(["nextReviewDue"], guards);
    }

    [Fact]
    public void Effective_rules_pick_the_rule_set_in_force_on_the_day()
    {
        var rules = new EffectiveRules<BfmRuleSet>(
        [
            (new DateOnly(2023, 7, 1), new BfmRuleSet { ReviewIntervalMonths = 6 }),
            (new DateOnly(2026, 7, 1), new BfmRuleSet { ReviewIntervalMonths = 4 }),
        ]);

        Assert.Equal(6, rules.At(new DateOnly(2026, 6, 30)).ReviewIntervalMonths);
        Assert.Equal(4, rules.At(new DateOnly(2026, 7, 1)).ReviewIntervalMonths);
        Assert.Equal(6, rules.At(new DateOnly(2020, 1, 1)).ReviewIntervalMonths);
    }

    private static string Plan(DateOnly due) => $$"""{"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"{{due:yyyy-MM-dd}}"}""";
}
