using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Tests.Engine;

namespace CaseFlow.Workflows.Tests.Calendars;

/// <summary>Expressions' <c>today()</c>, date-based timers and follow-ups of workflows use the German date, not the UTC date.</summary>
public sealed class GermanDatesInWorkflowsTests
{
    private static readonly DateTimeOffset Winter = new(2026, 1, 14, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 14, 23, 30, 0, TimeSpan.Zero);

    private static object? Eval(string text, DateTimeOffset now) =>
        Expression.Parse(text).Evaluate(new ExpressionScope(
            new Dictionary<string, JsonNode?> { ["vars"] = new JsonObject { ["at"] = "2026-01-14T23:30:00Z", ["day"] = "2026-01-15" } },
            now,
            Berlin.Calendar));

    [Fact]
    public void Today_is_the_german_date_at_23_30_utc_in_winter_and_in_summer()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Eval("today()", Winter));
        Assert.Equal(new DateOnly(2026, 7, 15), Eval("today()", Summer));
        Assert.Equal(new DateOnly(2026, 1, 15), Eval("date(now())", Winter));
        Assert.Equal(new DateOnly(2026, 7, 15), Eval("date(now())", Summer));
        Assert.Equal(new DateOnly(2026, 1, 14), Eval("today()", Winter.AddMinutes(-31)));
        Assert.Equal(new DateOnly(2026, 7, 14), Eval("today()", Summer.AddMinutes(-91)));
    }

    [Fact]
    public void A_date_time_text_becomes_its_german_date()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Eval("date(vars.at)", Winter));
        Assert.Equal(new DateOnly(2026, 1, 15), Eval("date('2026-01-14T23:30:00Z')", Winter));
        Assert.Equal(true, Eval("vars.at = vars.day or date(vars.at) = today()", Winter));
        Assert.Equal(false, Eval("vars.at < today()", Winter));
    }

    public static TheoryData<DateTime, DateTime> TimerNights => new()
    {
        { Winter.UtcDateTime, new DateTime(2026, 1, 15, 23, 0, 0, DateTimeKind.Utc) }, // 16.01. 00:00 CET
        { Summer.UtcDateTime, new DateTime(2026, 7, 15, 22, 0, 0, DateTimeKind.Utc) }, // 16.07. 00:00 CEST
    };

    [Theory]
    [MemberData(nameof(TimerNights))]
    public void A_timer_due_tomorrow_fires_at_midnight_in_berlin(DateTime now, DateTime due)
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().TimerCatch("wait", "=today() + duration('P1D')").UserTask("after").End()
            .Chain("start", "wait", "after", "end")
            .Build());
        run.Context.Now = now;

        run.Start();

        Assert.Equal(due, Assert.Single(run.Instance.Timers).DueAt);
        Assert.Equal(0, run.Advance(due - now - TimeSpan.FromSeconds(1)));
        Assert.Equal(1, run.Advance(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_workflow_s_follow_up_is_due_seven_german_days_later_across_the_clock_change()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("wv", ServiceAction.FollowUp, assignee: "case.mainCaseworker", text: "Nachkontakt").End()
            .Chain("start", "wv", "end").Build());
        run.Context.Now = new DateTime(2026, 3, 24, 22, 30, 0, DateTimeKind.Utc); // 24.03. 23:30 CET

        run.Start();

        var followUp = Assert.Single(run.Last.FollowUps);
        Assert.Equal(new DateTime(2026, 3, 31, 21, 30, 0, DateTimeKind.Utc), followUp.DueAt); // 31.03. 23:30 CEST
    }
}
