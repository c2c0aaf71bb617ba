using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class BfmLifecycleTests
{
    [Fact]
    public void A_new_case_starts_in_draft_with_the_ifk_as_main_and_referring_caseworker()
    {
        var scenario = new BfmScenario();

        Assert.Equal("Draft", scenario.Case.State);
        Assert.Equal("ifk.meyer", scenario.Case.MainCaseworker);
        Assert.Equal("ifk.meyer", scenario.Case.ReferringCaseworker);
        Assert.NotNull(scenario.Case.Bfm);
    }

    [Fact]
    public void Refer_moves_to_referred_records_consent_and_journals_the_transition()
    {
        var scenario = new BfmScenario().Eligible();

        var outcome = scenario.Act(Ifk, "refer", """{"consent":true}""");

        Assert.Equal("Referred", scenario.Case.State);
        Assert.Equal(Start, scenario.Case.Bfm!.ConsentRecordedAt);
        Assert.Equal(("ifk.meyer", "refer", "Draft", "Referred"), (outcome.Journal.Actor, outcome.Journal.Action, outcome.Journal.FromState, outcome.Journal.ToState));
        Assert.Equal(scenario.Case.Id, outcome.Journal.SubjectId);
        Assert.Empty(outcome.FollowUps);
    }

    [Fact]
    public void Waive_with_a_reason_moves_to_waived_and_journals_the_reason()
    {
        var scenario = new BfmScenario().Eligible();

        var outcome = scenario.Act(Ifk, "waive", reason: "Kundin beginnt in 4 Wochen eine Ausbildung");

        Assert.Equal("Waived", scenario.Case.State);
        Assert.Equal("Kundin beginnt in 4 Wochen eine Ausbildung", outcome.Journal.Reason);
    }

    [Fact]
    public void Accept_makes_the_fm_main_caseworker_and_starts_assessment()
    {
        var scenario = new BfmScenario().Referred();

        scenario.Act(Fm, "accept", """{"workingAlliance":true}""");

        Assert.Equal("Assessment", scenario.Case.State);
        Assert.Equal("fm.schulz", scenario.Case.MainCaseworker);
        Assert.Null(scenario.Case.SecondaryCaseworker);
        Assert.Equal(Start, scenario.Case.Bfm!.AcceptedAt);
        Assert.True(scenario.Lifecycle.Machine.IsInState(Enum.Parse<BfmState>(scenario.Case.State), BfmState.Active));
    }

    [Fact]
    public void The_ifk_stays_secondary_caseworker_when_fm_and_ifk_agree()
    {
        var scenario = new BfmScenario().Accepted(ifkStaysSecondary: true);

        Assert.Equal("ifk.meyer", scenario.Case.SecondaryCaseworker);
    }

    [Fact]
    public void The_ifk_always_stays_secondary_caseworker_for_severely_disabled_customers()
    {
        var scenario = new BfmScenario(severelyDisabled: true).Accepted(ifkStaysSecondary: false);

        Assert.Equal("ifk.meyer", scenario.Case.SecondaryCaseworker);
    }

    [Fact]
    public void Reject_with_a_reason_returns_the_case_to_the_referring_ifk()
    {
        var scenario = new BfmScenario().Referred();

        scenario.Act(Fm, "reject", reason: "Kein Arbeitsbündnis möglich");

        Assert.Equal("Returned", scenario.Case.State);
        Assert.Equal("ifk.meyer", scenario.Case.MainCaseworker);
        Assert.False(scenario.Lifecycle.IsOpen(scenario.Case));
    }

    [Fact]
    public void Agree_plan_records_the_plan_its_content_and_the_next_review()
    {
        var scenario = new BfmScenario().Planning();
        var due = scenario.Today.AddMonths(6);

        scenario.Act(Fm, "agree-plan", $$"""
            {"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"{{due:yyyy-MM-dd}}",
             "strengths":["Zuverlässig"," ",""],"obstacles":["Schulden, Wohnung"],"goals":["Tagesstruktur"],
             "steps":["Schuldnerberatung – Kunde – bis 31.01.2027"]}
            """);

        var file = scenario.Case.Bfm!;
        Assert.Equal("Steering", scenario.Case.State);
        Assert.Equal((PlanType.Kooperationsplan, due), (file.PlanType, file.NextReviewDue));
        Assert.Equal(["Zuverlässig"], file.Strengths);
        Assert.Equal(["Schulden, Wohnung"], file.Obstacles);
        Assert.Equal(["Tagesstruktur"], file.Goals);
        Assert.Equal(["Schuldnerberatung – Kunde – bis 31.01.2027"], file.Steps);
    }

    [Fact]
    public void Review_is_internal_and_records_the_review_with_the_default_next_date()
    {
        var scenario = new BfmScenario().Steering();
        scenario.Now = scenario.Now.AddMonths(2);

        var outcome = scenario.Act(Fm, "review", Reviewed);

        Assert.Equal("Steering", scenario.Case.State);
        Assert.Equal(("Steering", "Steering"), (outcome.Journal.FromState, outcome.Journal.ToState));
        Assert.Equal(1, scenario.Case.Bfm!.ReviewCount);
        Assert.Equal(scenario.Now, scenario.Case.Bfm.LastReviewAt);
        Assert.Equal(scenario.Today.AddMonths(6), scenario.Case.Bfm.NextReviewDue);
        Assert.Equal((Prognosis.Positive, "Tagesstruktur stabil"), (scenario.Case.Bfm.Prognosis, scenario.Case.Bfm.PrognosisReasons));
    }

    [Fact]
    public void Revise_plan_goes_back_to_planning()
    {
        var scenario = new BfmScenario().Steering();

        scenario.Act(Fm, "revise-plan");

        Assert.Equal("Planning", scenario.Case.State);
    }

    [Theory]
    [InlineData("Assessment")]
    [InlineData("Planning")]
    [InlineData("Steering")]
    public void Exit_is_possible_from_every_active_substate_and_creates_one_follow_up_for_the_referring_ifk(string state)
    {
        var scenario = new BfmScenario();
        _ = state switch { "Assessment" => scenario.Accepted(), "Planning" => scenario.Planning(), _ => scenario.Steering() };

        var outcome = scenario.Act(Fm, "exit", """{"finalProfile":"I","closingPlan":"Nachbetreuung durch die IFK"}""", reason: "Integrated");

        Assert.Equal("Exited", scenario.Case.State);
        Assert.Equal(ExitReason.Integrated, scenario.Case.Bfm!.ExitReason);
        Assert.Equal(ProfileCode.I, scenario.Case.Bfm.FinalProfile);
        var followUp = Assert.Single(outcome.FollowUps);
        Assert.Equal("ifk.meyer", followUp.Assignee);
        Assert.Equal(Start.AddDays(7), followUp.DueAt);
        Assert.Equal("Nachbetreuung durch die IFK", scenario.Case.Bfm.ClosingPlan);
        Assert.Equal((ProfileCode.I, Fm.UserName, Start), (scenario.Customer.Profile, scenario.Customer.ProfiledBy, scenario.Customer.ProfiledAt));
        var journal = Assert.Single(outcome.CustomerJournal);
        Assert.Equal(("customer", scenario.Customer.Id, "profile.final"), (journal.SubjectType, journal.SubjectId, journal.Action));
    }

    [Fact]
    public void The_diagram_marks_the_current_state_inside_the_active_composite()
    {
        var scenario = new BfmScenario().Steering();

        var mermaid = scenario.Lifecycle.Diagram(scenario.Case);

        Assert.Contains("state Active {", mermaid);
        Assert.Contains("class Steering current", mermaid);
    }

    [Fact]
    public void An_unknown_action_is_reported_as_not_found()
    {
        Assert.Throws<KeyNotFoundException>(() => new BfmScenario().Act(Ifk, "teleport"));
    }
}
