using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class EventGatewayTests
{
    private static EngineRun Race(bool receiveTask = false)
    {
        var message = ModelBuilder.Message("HandoverConfirmed");
        var builder = new ModelBuilder().Start().Gateway("race", GatewayKind.EventBased)
            .TimerCatch("reminder", "P14D").UserTask("remind").UserTask("work").End();
        builder = receiveTask ? builder.ReceiveTask("confirmed", message) : builder.MessageCatch("confirmed", message);
        return new EngineRun(builder
            .Chain("start", "race").Chain("race", "confirmed", "work", "end").Chain("race", "reminder", "remind")
            .Build());
    }

    [Fact]
    public void The_token_waits_at_the_gateway_with_a_timer_and_a_subscription_of_its_own()
    {
        var run = Race().Start();

        var token = Assert.Single(run.Instance.Tokens);
        Assert.Equal(("race", TokenWait.EventGateway), (token.ElementId, token.Wait));
        var timer = Assert.Single(run.Instance.Timers);
        var subscription = Assert.Single(run.Instance.Subscriptions);
        Assert.Equal(("reminder", token.Id), (timer.ElementId, timer.TokenId));
        Assert.Equal(("confirmed", token.Id), (subscription.ElementId, subscription.TokenId));
    }

    [Fact]
    public void When_the_message_wins_the_timer_is_removed_and_the_token_follows_the_message()
    {
        var run = Race().Start();

        run.Deliver("confirmed", new JsonObject { ["confirmedBy"] = "Träger A" });

        Assert.Empty(run.Instance.Timers);
        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(["work"], run.WaitingAt);
        Assert.Equal("Träger A", (string?)run.Variables["confirmedBy"]);
        Assert.Equal(0, run.Advance(TimeSpan.FromDays(30)));
    }

    [Fact]
    public void When_the_timer_wins_the_subscription_is_removed_and_the_token_follows_the_timer()
    {
        var run = Race().Start();
        var subscription = Assert.Single(run.Instance.Subscriptions);

        run.Advance(TimeSpan.FromDays(14));

        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(["remind"], run.WaitingAt);
        Assert.Throws<EngineConflictException>(() => run.Engine.DeliverMessage(run.Instance, subscription.Id, []));
    }

    [Fact]
    public void A_receive_task_after_the_gateway_moves_on_after_receiving()
    {
        var run = Race(receiveTask: true).Start();
        Assert.Equal(TokenWait.EventGateway, Assert.Single(run.Instance.Tokens).Wait);

        run.Deliver("confirmed");

        Assert.Equal(["work"], run.WaitingAt);
        Assert.Empty(run.Instance.Subscriptions);
        Assert.Empty(run.Instance.Timers);
    }

    [Fact]
    public void A_failing_correlation_key_is_an_incident_at_the_gateway_without_any_wait_left_behind()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("race", GatewayKind.EventBased).TimerCatch("reminder", "P14D")
            .MessageCatch("confirmed", ModelBuilder.Message("HandoverConfirmed", "vars.handoverId")).End("a").End("b")
            .Chain("start", "race").Chain("race", "reminder", "a").Chain("race", "confirmed", "b")
            .Build()).Start();

        Assert.Contains("correlation key", run.OpenIncident("race").Message);
        Assert.Empty(run.Instance.Timers);
        Assert.Empty(run.Instance.Subscriptions);
    }
}
