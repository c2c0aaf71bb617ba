using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class BoundaryTimerTests
{
    private static EngineRun Guarded(string timer, bool interrupting) => new(new ModelBuilder()
        .Start().UserTask("work").Boundary("deadline", "work", timer, interrupting).UserTask("escalate").End("end").End("escalated")
        .Chain("start", "work", "end").Chain("deadline", "escalate", "escalated")
        .Build());

    [Fact]
    public void A_boundary_timer_starts_with_its_task()
    {
        var run = Guarded("P14D", interrupting: true).Start();

        var timer = Assert.Single(run.Instance.Timers);
        Assert.Equal(("deadline", run.OpenTask("work").TokenId), (timer.ElementId, timer.TokenId));
        Assert.Equal(FakeEngineContext.Start.AddDays(14), timer.DueAt);
    }

    [Fact]
    public void An_interrupting_boundary_timer_cancels_the_task_and_the_token_continues_from_the_boundary()
    {
        var run = Guarded("P14D", interrupting: true).Start();
        var task = run.OpenTask("work");

        run.Advance(TimeSpan.FromDays(15));

        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
        Assert.Equal(["escalate"], run.WaitingAt);
        Assert.Empty(run.Instance.Timers);
        Assert.Equal(["timer.fired", "task.cancelled", "task.created"], run.Last.Journal.Select(entry => entry.Action));
        Assert.Throws<EngineConflictException>(() => run.Engine.CompleteTask(run.Instance, task.Id, []));
    }

    [Fact]
    public void Completing_the_task_first_deletes_its_boundary_timer()
    {
        var run = Guarded("P14D", interrupting: true).Start();

        run.Complete("work");

        Assert.Empty(run.Instance.Timers);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Equal(0, run.Advance(TimeSpan.FromDays(30)));
    }

    [Fact]
    public void A_non_interrupting_boundary_timer_starts_a_parallel_path_and_the_task_stays()
    {
        var run = Guarded("P14D", interrupting: false).Start();
        var task = run.OpenTask("work");

        run.Advance(TimeSpan.FromDays(15));

        Assert.Equal(HumanTaskStatus.Open, task.Status);
        Assert.Equal(["escalate", "work"], run.WaitingAt);
        Assert.Empty(run.Instance.Timers);
        Assert.NotEqual(task.TokenId, run.OpenTask("escalate").TokenId);

        run.Complete("work");
        Assert.Equal(["escalate"], run.WaitingAt);
        run.Complete("escalate");
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_counted_cycle_fires_its_number_of_times_and_is_then_deleted()
    {
        var run = Guarded("R3/P7D", interrupting: false).Start();
        Assert.Equal(2, Assert.Single(run.Instance.Timers).RemainingRepetitions);

        Assert.Equal(3, run.Advance(TimeSpan.FromDays(60)));

        Assert.Equal(3, run.Instance.Tasks.Count(task => task.ElementId == "escalate"));
        Assert.Empty(run.Instance.Timers);
        Assert.Equal(HumanTaskStatus.Open, run.OpenTask("work").Status);
    }

    [Fact]
    public void A_cycle_reschedules_itself_by_its_duration()
    {
        var run = Guarded("R3/P7D", interrupting: false).Start();

        run.Advance(TimeSpan.FromDays(8));

        var timer = Assert.Single(run.Instance.Timers);
        Assert.Equal((FakeEngineContext.Start.AddDays(14), 1), (timer.DueAt, timer.RemainingRepetitions));
    }

    [Fact]
    public void An_endless_cycle_keeps_firing_while_the_task_is_open_and_stops_when_it_is_completed()
    {
        var run = Guarded("R/P1M", interrupting: false).Start();

        Assert.Equal(5, run.Advance(TimeSpan.FromDays(155)));
        var timer = Assert.Single(run.Instance.Timers);
        Assert.Null(timer.RemainingRepetitions);
        Assert.Equal(new DateTime(2027, 5, 2, 8, 0, 0, DateTimeKind.Utc), timer.DueAt); // 10:00 CEST, as the cycle began at 10:00 CET

        run.Complete("work");
        Assert.Empty(run.Instance.Timers);
        Assert.Equal(5, run.Instance.Tasks.Count(task => task.ElementId == "escalate" && task.Status == HumanTaskStatus.Open));
    }
}
