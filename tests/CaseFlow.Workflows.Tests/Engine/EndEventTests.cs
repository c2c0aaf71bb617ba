using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class EndEventTests
{
    [Fact]
    public void A_terminate_end_event_cancels_tasks_and_removes_every_token_timer_and_subscription()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("fork", GatewayKind.Parallel)
            .UserTask("stop").UserTask("other").Boundary("late", "other", "P5D")
            .ReceiveTask("wait", ModelBuilder.Message("Report")).TimerCatch("sleep", "P1Y")
            .End("kill", terminate: true).End("end")
            .Chain("start", "fork").Chain("fork", "stop", "kill").Chain("fork", "other", "end")
            .Chain("fork", "wait", "end").Chain("fork", "sleep", "end").Chain("late", "end")
            .Build()).Start();
        var other = run.OpenTask("other");

        run.Complete("stop");

        Assert.Equal(HumanTaskStatus.Cancelled, other.Status);
        Assert.Empty(run.Instance.Tokens);
        Assert.Empty(run.Instance.Timers);
        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Equal(["task.completed", "task.cancelled", "instance.terminated", "instance.completed"], run.Last.Journal.Select(entry => entry.Action));
        Assert.Throws<EngineConflictException>(() => run.Engine.CompleteTask(run.Instance, other.Id, []));
    }

    [Fact]
    public void A_terminate_end_event_also_stops_tokens_still_moving_in_the_same_step()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("fork", GatewayKind.Parallel).End("kill", terminate: true).UserTask("never")
            .Chain("start", "fork").Chain("fork", "kill").Chain("fork", "never")
            .Build()).Start();

        Assert.Empty(run.Instance.Tasks);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_terminate_end_event_settles_open_incidents_of_the_removed_tokens()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("fork", GatewayKind.Parallel).UserTask("stop").Gateway("broken", GatewayKind.Exclusive)
            .UserTask("x").End("kill", terminate: true)
            .Chain("start", "fork").Chain("fork", "stop", "kill").Chain("fork", "broken").Flow("broken", "x", "vars.go = true")
            .Build()).Start();
        var incident = run.OpenIncident("broken");

        run.Complete("stop");

        Assert.False(incident.IsOpen);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_loop_that_never_waits_is_stopped_by_an_incident()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("again", GatewayKind.Exclusive).ServiceTask("ping", ServiceAction.Notify, assignee: "'fm.schulz'", text: "Ping").End()
            .Chain("start", "again").Flow("again", "ping", "vars.stop != true").Flow("again", "end", "vars.stop = true").Chain("ping", "again")
            .Build()).Start();

        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Contains("Endlosschleife? (possible infinite loop)", incident.Message);
        Assert.Equal(TokenWait.Incident, Assert.Single(run.Instance.Tokens).Wait);
        Assert.InRange(run.Last.Notifications.Count, 499, 500);

        run.Retry(incident.ElementId, new JsonObject { ["stop"] = true });
        Assert.False(incident.IsOpen);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_parallel_gateway_with_150_looping_branches_raises_one_incident_at_the_token_cap()
    {
        var builder = new ModelBuilder().Start().Gateway("again", GatewayKind.Exclusive).Gateway("fork", GatewayKind.Parallel).End()
            .Chain("start", "again", "fork");
        for (var branch = 0; branch < 150; branch++)
        {
            builder.Gateway($"b{branch}", GatewayKind.Exclusive).Chain("fork", $"b{branch}", "again");
        }

        var run = new EngineRun(builder.Build()).Start();

        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Contains("too many tokens", incident.Message);
        Assert.Contains("step cap", incident.Message);
        Assert.Equal(TokenWait.Incident, Assert.Single(run.Instance.Tokens).Wait);
    }
}
