using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class ParallelGatewayTests
{
    private static EngineRun ForkJoin() => new(new ModelBuilder()
        .Start().Gateway("fork", GatewayKind.Parallel).UserTask("a").UserTask("b").UserTask("c")
        .Gateway("join", GatewayKind.Parallel).UserTask("after").End()
        .Chain("start", "fork")
        .Chain("fork", "a", "join").Chain("fork", "b", "join").Chain("fork", "c", "join")
        .Chain("join", "after", "end")
        .Build());

    [Fact]
    public void A_fork_starts_a_task_on_every_outgoing_flow_each_with_its_own_token()
    {
        var run = ForkJoin().Start();

        Assert.Equal(["a", "b", "c"], run.WaitingAt);
        Assert.Equal(3, run.Instance.Tokens.Select(token => token.Id).Distinct().Count());
        Assert.All(run.Instance.Tasks, task => Assert.Contains(run.Instance.Tokens, token => token.Id == task.TokenId));
    }

    [Fact]
    public void The_join_waits_until_a_token_arrived_on_every_incoming_flow()
    {
        var run = ForkJoin().Start();

        run.Complete("b");
        run.Complete("a");

        Assert.Equal(["c", "join", "join"], run.WaitingAt);
        var joined = run.Instance.Tokens.Where(token => token.ElementId == "join").ToList();
        Assert.All(joined, token => Assert.Equal(TokenWait.Join, token.Wait));
        Assert.Equal(["a->join", "b->join"], joined.Select(token => token.ArrivedVia).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(run.Instance.Tasks, task => task.ElementId == "after");
    }

    [Fact]
    public void When_the_last_token_arrives_one_token_continues_after_the_join()
    {
        var run = ForkJoin().Start();
        run.Complete("b");
        run.Complete("a");

        run.Complete("c");

        Assert.Equal(["after"], run.WaitingAt);
        Assert.Single(run.Instance.Tasks, task => task.ElementId == "after");
        Assert.Contains("gateway.joined", run.Last.Journal.Select(entry => entry.Action));

        run.Complete("after");
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_task_with_several_outgoing_flows_forks_like_a_parallel_gateway()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().UserTask("first").UserTask("left").UserTask("right").End("end-left").End("end-right")
            .Chain("start", "first").Chain("first", "left", "end-left").Chain("first", "right", "end-right")
            .Build()).Start();

        run.Complete("first");

        Assert.Equal(["left", "right"], run.WaitingAt);
        run.Complete("left");
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        run.Complete("right");
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Equal(2, run.Journal.Count(entry => entry.Action == "end.reached"));
    }

    [Fact]
    public void The_instance_completes_only_when_its_last_token_ends()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("fork", GatewayKind.Parallel).UserTask("a").End("end-a").End("end-b")
            .Chain("start", "fork").Chain("fork", "a", "end-a").Chain("fork", "end-b")
            .Build()).Start();

        Assert.Equal(["a"], run.WaitingAt);
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        Assert.Null(run.Instance.EndedAt);
    }
}
