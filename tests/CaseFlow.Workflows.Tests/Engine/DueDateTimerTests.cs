using System.Text.Json.Nodes;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class DueDateTimerTests
{
    /// <summary>15.01.2027 00:00 in Berlin (CET, UTC+1): a date-based timer fires at the start of the German day.</summary>
    private static readonly DateTime January15 = new(2027, 1, 14, 23, 0, 0, DateTimeKind.Utc);

    private static EngineRun Steering(bool interrupting = false, string? nextReviewDue = "2027-01-15")
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().UserTask("steering").Boundary("review", "steering", "=case.bfm.nextReviewDue", interrupting).UserTask("reviewTask").End()
            .Chain("start", "steering", "end")
            .Flow("review", "reviewTask")
            .Flow("reviewTask", "end", id: "Flow_ReviewDone")
            .Build());
        run.Case["bfm"] = new JsonObject { ["nextReviewDue"] = nextReviewDue };
        return run;
    }

    [Fact]
    public void A_due_date_timer_is_due_at_the_date_in_the_case_data()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().TimerCatch("wait", "=case.bfm.nextReviewDue").UserTask("after").End()
            .Chain("start", "wait", "after", "end")
            .Build());
        run.Case["bfm"] = new JsonObject { ["nextReviewDue"] = "2027-01-15" };

        run.Start();

        Assert.Equal(January15, Assert.Single(run.Instance.Timers).DueAt);
        Assert.Equal(0, run.Advance(January15 - FakeEngineContext.Start - TimeSpan.FromMinutes(1)));
        Assert.Equal(1, run.Advance(TimeSpan.FromMinutes(1)));
        Assert.Equal(["after"], run.WaitingAt);
    }

    [Fact]
    public void A_missing_due_date_becomes_an_incident_naming_the_element_and_the_expression()
    {
        var run = Steering(nextReviewDue: null).Start();

        var incident = run.OpenIncident("steering");
        Assert.Contains("'review'", incident.Message);
        Assert.Contains("case.bfm.nextReviewDue", incident.Message);
        Assert.Equal([("steering", TokenWait.Incident)], run.Instance.Tokens.Select(t => (t.ElementId, t.Wait)));
        Assert.Empty(run.Instance.Timers);
        Assert.Empty(run.Instance.Tasks);
    }

    [Fact]
    public void A_new_date_in_the_case_moves_the_timer_and_journals_from_where_to_where()
    {
        var run = Steering().Start();
        var version = run.Instance.Version;
        run.Case["bfm"]!["nextReviewDue"] = "2027-03-01";

        var journal = ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "fm.schulz");

        Assert.Equal(new DateTime(2027, 2, 28, 23, 0, 0, DateTimeKind.Utc), Assert.Single(run.Instance.Timers).DueAt);
        var entry = Assert.Single(journal);
        Assert.Equal(("timer.moved", "review", run.Instance.Id), (entry.Action, entry.ElementId, entry.SubjectId));
        Assert.Contains("von 2027-01-14T23:00:00.0000000Z auf 2027-02-28T23:00:00.0000000Z", entry.Note);
        Assert.Equal(version + 1, run.Instance.Version);
    }

    [Fact]
    public void An_unchanged_date_moves_nothing_and_journals_nothing()
    {
        var run = Steering().Start();
        var version = run.Instance.Version;

        var journal = ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "fm.schulz");

        Assert.Empty(journal);
        Assert.Equal(January15, Assert.Single(run.Instance.Timers).DueAt);
        Assert.Equal(version, run.Instance.Version);
    }

    [Fact]
    public void The_calendar_check_moves_a_timer_stored_at_midnight_UTC_of_its_date_to_midnight_in_Berlin()
    {
        var run = Steering().Start();
        Assert.Single(run.Instance.Timers).DueAt = new DateTime(2027, 1, 15, 0, 0, 0, DateTimeKind.Utc);

        var entry = Assert.Single(ExpressionTimers.Realign(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "caseflow.engine", "Kalender"));

        Assert.Equal(January15, Assert.Single(run.Instance.Timers).DueAt);
        Assert.Equal(("timer.moved", "Kalender"), (entry.Action, entry.Reason));
        Assert.Empty(ExpressionTimers.Realign(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "caseflow.engine", "Kalender"));
    }

    [Fact]
    public void The_calendar_check_leaves_a_timer_whose_date_changed_or_went_missing_and_journals_nothing()
    {
        var run = Steering().Start();
        run.Case["bfm"]!["nextReviewDue"] = "2027-01-16";
        Assert.Empty(ExpressionTimers.Realign(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "caseflow.engine", "Kalender"));
        run.Case["bfm"]!["nextReviewDue"] = null;
        Assert.Empty(ExpressionTimers.Realign(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "caseflow.engine", "Kalender"));

        Assert.Equal(January15, Assert.Single(run.Instance.Timers).DueAt);
    }

    [Fact]
    public void A_date_that_went_missing_leaves_the_timer_where_it_is_and_says_so()
    {
        var run = Steering().Start();
        run.Case["bfm"]!["nextReviewDue"] = null;

        var entry = Assert.Single(ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "fm.schulz"));

        Assert.Equal("timer.unchanged", entry.Action);
        Assert.Equal(January15, Assert.Single(run.Instance.Timers).DueAt);
    }

    [Fact]
    public void A_fired_non_interrupting_due_date_timer_is_armed_again_only_for_a_future_date()
    {
        var run = Steering().Start();
        Assert.Equal(1, run.Advance(January15 - FakeEngineContext.Start));
        Assert.Empty(run.Instance.Timers);

        Assert.Empty(ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "fm.schulz"));
        run.Case["bfm"]!["nextReviewDue"] = "2027-07-15";
        var entry = Assert.Single(ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "fm.schulz"));

        Assert.Equal("timer.scheduled", entry.Action);
        Assert.Equal(new DateTime(2027, 7, 14, 22, 0, 0, DateTimeKind.Utc), Assert.Single(run.Instance.Timers).DueAt); // 15.07. 00:00 CEST
    }

    [Fact]
    public void A_case_fire_in_the_step_moves_the_instance_s_own_due_date_timer()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().UserTask("steering").Boundary("review", "steering", "=case.bfm.nextReviewDue", interrupting: false)
            .UserTask("reviewTask").ServiceTask("fireReview", CaseFlow.Workflows.Bpmn.ServiceAction.CaseFire, trigger: "review").End()
            .Chain("start", "steering", "end")
            .Flow("review", "reviewTask")
            .Flow("reviewTask", "fireReview")
            .Flow("fireReview", "end", id: "Flow_Fired")
            .Build());
        run.Case["bfm"] = new JsonObject { ["nextReviewDue"] = "2027-01-15" };
        run.Start();
        run.Advance(January15 - FakeEngineContext.Start);
        run.Case["bfm"]!["nextReviewDue"] = "2027-07-15";

        run.Complete("reviewTask");

        Assert.Equal(new DateTime(2027, 7, 14, 22, 0, 0, DateTimeKind.Utc), Assert.Single(run.Instance.Timers).DueAt); // 15.07. 00:00 CEST
        Assert.Contains(run.Last.Journal, entry => entry.Action == "timer.scheduled" && entry.ElementId == "review");
    }

    [Fact]
    public void A_rule_change_moves_a_timer_that_reads_the_rule_and_journals_why()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().UserTask("steering")
            .Boundary("maxDuration", "steering", "=date(case.bfm.acceptedAt) + rules.bfm.maxDuration", interrupting: false)
            .UserTask("escalate").End()
            .Chain("start", "steering", "end")
            .Flow("maxDuration", "escalate")
            .Flow("escalate", "end", id: "Flow_Escalated")
            .Build());
        run.Case["bfm"] = new JsonObject { ["acceptedAt"] = "2026-10-01T08:00:00.0000000Z" };
        run.Start();
        Assert.Equal(new DateTime(2028, 9, 30, 22, 0, 0, DateTimeKind.Utc), Assert.Single(run.Instance.Timers).DueAt);

        run.Context.Rules = RuleSets.Defaults with { Bfm = new BfmRuleSet { MaximumDurationMonths = 18 } };
        const string why = "Regeländerung (rule change): rules.bfm.maxDuration P24M → P18M";
        var entry = Assert.Single(ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "caseflow.engine", why));

        Assert.Equal(("timer.moved", "maxDuration", why), (entry.Action, entry.ElementId, entry.Reason));
        Assert.Contains("von 2028-09-30T22:00:00.0000000Z auf 2028-03-31T22:00:00.0000000Z", entry.Note);
        Assert.Equal(new DateTime(2028, 3, 31, 22, 0, 0, DateTimeKind.Utc), Assert.Single(run.Instance.Timers).DueAt);
        Assert.Empty(ExpressionTimers.Rearm(run.Engine.Model, run.Instance, run.Case, run.Context.RuleData(), run.Context.Now, run.Context.Calendar, "caseflow.engine", why));
    }

    [Fact]
    public void Only_timers_that_read_rules_are_said_to_follow_them()
    {
        var byRules = new ModelBuilder().Start().TimerCatch("wait", "=date(case.bfm.acceptedAt) + rules.bfm.maxDuration").End()
            .Chain("start", "wait", "end").Build();
        var byCase = new ModelBuilder().Start().TimerCatch("wait", "=case.bfm.nextReviewDue").End().Chain("start", "wait", "end").Build();

        Assert.True(ExpressionTimers.Has(byRules, "rules"));
        Assert.False(ExpressionTimers.Has(byCase, "rules"));
        Assert.True(ExpressionTimers.Has(byCase));
    }
}
