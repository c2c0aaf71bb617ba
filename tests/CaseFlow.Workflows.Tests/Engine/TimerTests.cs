using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class TimerTests
{
    private static EngineRun Waiting() => new(new ModelBuilder()
        .Start().TimerCatch("wait", "P6M").UserTask("after").End()
        .Chain("start", "wait", "after", "end")
        .Build());

    [Fact]
    public void A_timer_catch_event_waits_with_a_timer_due_after_its_duration()
    {
        var run = Waiting().Start();

        var token = Assert.Single(run.Instance.Tokens);
        Assert.Equal(("wait", TokenWait.Timer), (token.ElementId, token.Wait));
        var timer = Assert.Single(run.Instance.Timers);
        // P6M from 02.11.2026 10:00 CET is 02.05.2027 10:00 CEST on the Jobcenter's clocks, i.e. 08:00 UTC.
        Assert.Equal((token.Id, "wait", new DateTime(2027, 5, 2, 8, 0, 0, DateTimeKind.Utc)), (timer.TokenId, timer.ElementId, timer.DueAt));
        Assert.Null(timer.RemainingRepetitions);
    }

    [Fact]
    public void A_timer_does_not_fire_before_its_due_date()
    {
        var run = Waiting().Start();

        Assert.Equal(0, run.Advance(TimeSpan.FromDays(150)));

        Assert.Equal(["wait"], run.WaitingAt);
    }

    [Fact]
    public void A_timer_fires_when_time_moves_past_its_due_date()
    {
        var run = Waiting().Start();

        Assert.Equal(1, run.Advance(TimeSpan.FromDays(182)));

        Assert.Equal(["after"], run.WaitingAt);
        Assert.Empty(run.Instance.Timers);
        Assert.Contains(run.Last.Journal, entry => entry.Action == "timer.fired" && entry.ElementId == "wait");
    }

    [Fact]
    public void Firing_a_timer_that_is_gone_is_a_conflict()
    {
        var run = Waiting().Start();
        var timer = Assert.Single(run.Instance.Timers);
        run.Engine.FireTimer(run.Instance, timer.Id);

        Assert.Throws<EngineConflictException>(() => run.Engine.FireTimer(run.Instance, timer.Id));
    }

    [Fact]
    public void A_timer_fired_by_the_system_is_journaled_as_the_system()
    {
        var run = Waiting().Start();
        run.Context.Actor = EngineActors.System;

        run.Fire("wait");

        Assert.All(run.Last.Journal, entry => Assert.Equal(EngineActors.SystemUserName, entry.Actor));
        Assert.Equal("fm.schulz", run.Instance.StartedBy);
    }
}
