using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class CancelTests
{
    private static EngineRun Busy() => new(new ModelBuilder()
        .Start().Gateway("fork", GatewayKind.Parallel)
        .UserTask("work").Boundary("late", "work", "P5D")
        .ReceiveTask("wait", ModelBuilder.Message("Report"))
        .ServiceTask("close", ServiceAction.CaseFire, trigger: "close")
        .End("end")
        .Chain("start", "fork").Chain("fork", "work", "end").Chain("fork", "wait", "end").Chain("fork", "close", "end").Chain("late", "end")
        .Build());

    [Fact]
    public void Cancelling_ends_the_instance_and_takes_away_tasks_tokens_timers_subscriptions_and_incidents()
    {
        var run = Busy();
        run.Context.Refuse("close", "Nicht erlaubt.");
        run.Start();
        var task = run.OpenTask("work");
        var incident = run.OpenIncident("close");

        var result = run.Engine.Cancel(run.Instance, "Kunde verzogen");

        Assert.Equal(InstanceStatus.Cancelled, run.Instance.Status);
        Assert.Equal(FakeEngineContext.Start, run.Instance.EndedAt);
        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
        Assert.Empty(run.Instance.Tokens);
        Assert.Empty(run.Instance.Timers);
        Assert.Empty(run.Instance.Subscriptions);
        Assert.False(incident.IsOpen);
        Assert.Equal("Cancelled", InstanceState.Of(run.Instance));
        var last = result.Journal[^1];
        Assert.Equal(("instance.cancelled", "Kunde verzogen"), (last.Action, last.Reason));
        Assert.DoesNotContain(result.Journal, entry => entry.Action == "instance.completed");
    }

    [Fact]
    public void An_ended_instance_cannot_be_cancelled_again()
    {
        var run = Busy();
        run.Start();
        run.Engine.Cancel(run.Instance, "Erster Grund");
        var version = run.Instance.Version;

        Assert.Throws<EngineConflictException>(() => run.Engine.Cancel(run.Instance, "Zweiter Grund"));
        Assert.Equal(version, run.Instance.Version);
    }

    [Fact]
    public void A_running_instance_with_an_open_incident_shows_the_status_incident()
    {
        var run = Busy();
        run.Context.Refuse("close", "Nicht erlaubt.");
        run.Start();

        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        Assert.Equal("Incident", InstanceState.Of(run.Instance));
        Assert.Equal("Running", InstanceState.Of(InstanceStatus.Running, hasOpenIncident: false));
        Assert.Equal("Completed", InstanceState.Of(InstanceStatus.Completed, hasOpenIncident: true));
    }
}
