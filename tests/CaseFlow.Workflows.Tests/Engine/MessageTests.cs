using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class MessageTests
{
    private static readonly MessageDefinition Confirmed = ModelBuilder.Message("HandoverConfirmed");

    [Fact]
    public void A_receive_task_subscribes_by_message_name_and_the_case_id()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ReceiveTask("confirm", Confirmed).End().Chain("start", "confirm", "end").Build()).Start();

        var subscription = Assert.Single(run.Instance.Subscriptions);
        Assert.Equal(("confirm", "HandoverConfirmed", run.CaseId.ToString()), (subscription.ElementId, subscription.MessageName, subscription.CorrelationKey));
        var token = Assert.Single(run.Instance.Tokens);
        Assert.Equal((token.Id, TokenWait.Message), (subscription.TokenId, token.Wait));
    }

    [Fact]
    public void A_delivered_message_merges_its_payload_and_the_token_moves_on()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ReceiveTask("confirm", Confirmed).UserTask("next").Chain("start", "confirm", "next").Build())
            .Start(new JsonObject { ["a"] = 1 });

        run.Deliver("confirm", new JsonObject { ["provider"] = "Träger A" });

        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(["next"], run.WaitingAt);
        Assert.Equal("""{"a":1,"provider":"Träger A"}""", run.Instance.Variables);
        var received = run.Last.Journal[0];
        Assert.Equal(("message.received", "confirm"), (received.Action, received.ElementId));
        Assert.Contains("Träger A", received.Data);
    }

    [Fact]
    public void Delivering_to_a_subscription_that_is_gone_is_a_conflict()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ReceiveTask("confirm", Confirmed).End().Chain("start", "confirm", "end").Build()).Start();
        var subscription = Assert.Single(run.Instance.Subscriptions);
        run.Engine.DeliverMessage(run.Instance, subscription.Id, []);

        Assert.Throws<EngineConflictException>(() => run.Engine.DeliverMessage(run.Instance, subscription.Id, []));
    }

    [Fact]
    public void A_message_catch_event_waits_for_its_message_with_a_key_from_the_variables()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().MessageCatch("report", ModelBuilder.Message("ProviderReportReceived", "vars.handoverId")).End()
            .Chain("start", "report", "end").Build())
            .Start(new JsonObject { ["handoverId"] = "H-17" });

        Assert.Equal("H-17", Assert.Single(run.Instance.Subscriptions).CorrelationKey);

        run.Deliver("report");
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_correlation_key_that_evaluates_to_nothing_is_an_incident()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().MessageCatch("report", ModelBuilder.Message("ProviderReportReceived", "vars.handoverId")).End()
            .Chain("start", "report", "end").Build()).Start();

        Assert.Contains("correlation key", run.OpenIncident("report").Message);
        Assert.Empty(run.Instance.Subscriptions);

        run.Retry("report", new JsonObject { ["handoverId"] = "H-1" });
        Assert.Equal("H-1", Assert.Single(run.Instance.Subscriptions).CorrelationKey);
    }

    [Fact]
    public void A_boundary_timer_on_a_receive_task_removes_the_subscription_when_it_interrupts()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ReceiveTask("confirm", Confirmed).Boundary("late", "confirm", "P10D").UserTask("remind").End()
            .Chain("start", "confirm", "end").Chain("late", "remind").Build()).Start();

        run.Advance(TimeSpan.FromDays(10));

        Assert.Empty(run.Instance.Subscriptions);
        Assert.Equal(["remind"], run.WaitingAt);
    }

    [Fact]
    public void A_message_received_by_a_receive_task_deletes_its_boundary_timers()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ReceiveTask("confirm", Confirmed).Boundary("late", "confirm", "P10D").UserTask("remind").End()
            .Chain("start", "confirm", "end").Chain("late", "remind").Build()).Start();

        run.Deliver("confirm");

        Assert.Empty(run.Instance.Timers);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_message_start_event_starts_the_instance_there()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start("by-message", Confirmed).Start("manual").UserTask("from-message").UserTask("from-manual")
            .Chain("by-message", "from-message").Chain("manual", "from-manual").Build())
            .Start(new JsonObject { ["provider"] = "Träger A" }, startEventId: "by-message");

        Assert.Equal(["from-message"], run.WaitingAt);
        Assert.Equal("by-message", run.Journal[0].ElementId);
    }

    [Fact]
    public void Without_a_start_event_id_the_none_start_event_is_used()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start("by-message", Confirmed).Start("manual").UserTask("from-message").UserTask("from-manual")
            .Chain("by-message", "from-message").Chain("manual", "from-manual").Build()).Start();

        Assert.Equal(["from-manual"], run.WaitingAt);
    }
}
