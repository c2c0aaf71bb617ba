using CaseFlow.Workflows.Goals;

namespace CaseFlow.Workflows.Tests.Goals;

public sealed class GoalCycleTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static DevelopmentGoal NewGoal(string area = "housing")
    {
        Assert.Null(GoalCycle.Agree(new GoalDraft(Guid.NewGuid(), area, "Eine Wohnung finden", null, true, "ifk.meyer", Now), ResourceAreaCatalogue.Default, Today, out var goal));
        return goal!;
    }

    private static DevelopmentGoal WithIntervention(string kind = "measure")
    {
        var goal = NewGoal();
        Assert.Null(GoalCycle.LinkIntervention(goal, new InterventionDraft(kind, "AGH", null, null, "ifk.meyer", Now), out _));
        return goal;
    }

    private static GoalProblem? Review(DevelopmentGoal goal, string outcome, string? decision = null, string? note = null) =>
        GoalCycle.Review(goal, new ReviewDraft(outcome, decision, note, "ifk.meyer", Now.AddDays(30)), out _);

    [Fact]
    public void A_new_goal_is_active_for_one_area_agreed_today_and_asks_for_an_intervention()
    {
        var goal = NewGoal(" housing ");

        Assert.Equal(GoalStatus.Active, goal.Status);
        Assert.Equal("housing", goal.ResourceArea);
        Assert.Equal(Today, goal.AgreedOn);
        Assert.True(goal.AgreedWithCustomer);
        Assert.Equal(GoalStep.LinkIntervention, GoalCycle.NextStep(goal));
    }

    [Theory]
    [InlineData("happiness", "Eine Wohnung", true, 0, "resourceArea")]
    [InlineData("housing", "", true, 0, "description")]
    [InlineData("housing", "Eine Wohnung", false, 0, "agreedWithCustomer")]
    [InlineData("housing", "Eine Wohnung", null, 0, "agreedWithCustomer")]
    [InlineData("housing", "Eine Wohnung", true, 1, "agreedOn")]
    public void A_goal_without_a_known_area_a_text_the_customers_agreement_or_with_a_future_date_is_refused(
        string area, string description, bool? agreed, int daysAhead, string field)
    {
        var draft = new GoalDraft(Guid.NewGuid(), area, description, Today.AddDays(daysAhead), agreed, "ifk.meyer", Now);

        var problem = GoalCycle.Agree(draft, ResourceAreaCatalogue.Default, Today, out var goal);

        Assert.Equal(field, problem?.Field);
        Assert.False(problem!.IsConflict);
        Assert.Null(goal);
    }

    [Fact]
    public void Strengthened_achieves_the_goal_ends_its_interventions_and_asks_for_a_new_goal()
    {
        var goal = WithIntervention();
        Assert.Equal(GoalStep.Review, GoalCycle.NextStep(goal));

        Assert.Null(Review(goal, "strengthened"));

        Assert.Equal(GoalStatus.Achieved, goal.Status);
        Assert.Equal(Now.AddDays(30), goal.EndedAt);
        Assert.All(goal.Interventions, i => Assert.NotNull(i.EndedAt));
        Assert.Equal(GoalStep.AgreeNewGoal, GoalCycle.NextStep(goal));
        Assert.Null(goal.Reviews.Single().Decision);
    }

    [Fact]
    public void Not_strengthened_and_keep_leaves_goal_and_intervention_running()
    {
        var goal = WithIntervention();

        Assert.Null(Review(goal, "notStrengthened", "keep", "braucht Zeit"));

        Assert.Equal(GoalStatus.Active, goal.Status);
        Assert.Null(goal.Interventions.Single().EndedAt);
        Assert.Equal(GoalStep.Review, GoalCycle.NextStep(goal));
    }

    [Fact]
    public void Not_strengthened_and_adjust_ends_the_intervention_and_asks_for_a_new_one_before_the_next_review()
    {
        var goal = WithIntervention();

        Assert.Null(Review(goal, "NotStrengthened", "Adjust", "passt nicht"));

        Assert.Equal(GoalStatus.Active, goal.Status);
        Assert.NotNull(goal.Interventions.Single().EndedAt);
        Assert.Equal(GoalStep.LinkIntervention, GoalCycle.NextStep(goal));
        Assert.True(Review(goal, "strengthened")!.IsConflict);
    }

    [Fact]
    public void Not_strengthened_and_end_ends_the_goal_without_success()
    {
        var goal = WithIntervention();

        Assert.Null(Review(goal, "notStrengthened", "end", "anderer Bereich zuerst"));

        Assert.Equal(GoalStatus.Ended, goal.Status);
        Assert.Equal(ReviewDecision.End, goal.Reviews.Single().Decision);
        Assert.Equal(GoalStep.AgreeNewGoal, GoalCycle.NextStep(goal));
    }

    [Theory]
    [InlineData("notStrengthened", "keep", null, "note")]
    [InlineData("notStrengthened", null, "Gründe", "decision")]
    [InlineData("strengthened", "keep", null, "decision")]
    [InlineData("weaker", null, null, "outcome")]
    public void A_review_missing_what_its_outcome_needs_is_refused_and_changes_nothing(string outcome, string? decision, string? note, string field)
    {
        var goal = WithIntervention();

        Assert.Equal(field, Review(goal, outcome, decision, note)?.Field);

        Assert.Empty(goal.Reviews);
        Assert.Equal(GoalStatus.Active, goal.Status);
    }

    [Fact]
    public void A_goal_that_is_no_longer_active_takes_no_intervention_and_no_review()
    {
        var goal = WithIntervention();
        Review(goal, "strengthened");

        Assert.True(GoalCycle.LinkIntervention(goal, new InterventionDraft("measure", "AGH", null, null, "ifk.meyer", Now), out _)!.IsConflict);
        Assert.True(Review(goal, "strengthened")!.IsConflict);
        Assert.Single(goal.Reviews);
    }

    [Theory]
    [InlineData("referral", "referral", null)]
    [InlineData("referral", null, "caseId")]
    [InlineData("referral", "bfm", "caseId")]
    [InlineData("measure", "referral", "caseId")]
    public void Only_a_referral_case_of_the_customer_can_be_linked_and_only_as_a_referral(string kind, string? linkedKind, string? field)
    {
        var goal = NewGoal();

        var problem = GoalCycle.LinkIntervention(goal, new InterventionDraft(kind, "Schuldnerberatung", Guid.NewGuid(), linkedKind, "fm.schulz", Now), out var intervention);

        Assert.Equal(field, problem?.Field);
        Assert.Equal(field is null ? 1 : 0, goal.Interventions.Count);
        Assert.Equal(field is null, intervention is not null);
    }
}
