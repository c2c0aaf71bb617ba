using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class ServiceTaskTests
{
    private static EngineRun Firing(string? reason = null) => new(new ModelBuilder()
        .Start().ServiceTask("accept", ServiceAction.CaseFire, trigger: "accept", reason: reason).UserTask("plan").End()
        .Chain("start", "accept", "plan", "end")
        .Build());

    [Fact]
    public void Case_fire_takes_the_lifecycle_action_with_the_variables_as_data()
    {
        var run = Firing(reason: "'Übernahme durch ' + vars.fm").Start(new JsonObject { ["fm"] = "fm.schulz", ["workingAlliance"] = true });

        var (caseId, trigger, input, actor) = Assert.Single(run.Context.Fired);
        Assert.Equal((run.CaseId, "accept", "fm.schulz"), (caseId, trigger, actor.UserName));
        Assert.Equal("Übernahme durch fm.schulz", input.Reason);
        Assert.Equal("Workflow test-flow v3: accept", input.Note);
        Assert.True(input.Read.RequiredBool("workingAlliance"));
        Assert.Equal(["plan"], run.WaitingAt);
        Assert.Contains(run.Journal, entry => entry.Action == "case.fire.done" && entry.ElementId == "accept");
    }

    [Fact]
    public void A_refused_case_fire_is_an_incident_with_the_refusal()
    {
        var run = Firing();
        run.Context.Refuse("accept", "Arbeitsbündnis fehlt (workingAlliance).");

        run.Start();

        var incident = run.OpenIncident("accept");
        Assert.Contains("abgelehnt", incident.Message);
        Assert.Contains("Arbeitsbündnis fehlt", incident.Message);
        Assert.Equal(["accept"], run.WaitingAt);
        Assert.Empty(run.Instance.Tasks);
        Assert.Equal(["instance.started", "case.fire.refused", "incident.raised"], run.Actions);
    }

    [Fact]
    public void A_retry_after_the_cause_is_fixed_fires_the_action_and_resolves_the_incident()
    {
        var run = Firing();
        run.Context.Refuse("accept", "Arbeitsbündnis fehlt.");
        run.Start();
        var incident = run.OpenIncident("accept");
        run.Context.Allow("accept");

        run.Retry("accept", new JsonObject { ["workingAlliance"] = true });

        Assert.False(incident.IsOpen);
        Assert.True(Assert.Single(run.Context.Fired).Input.Read.RequiredBool("workingAlliance"));
        Assert.Equal(["plan"], run.WaitingAt);
    }

    [Fact]
    public void The_case_is_read_again_after_a_case_fire()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("accept", ServiceAction.CaseFire, trigger: "accept").Gateway("g", GatewayKind.Exclusive)
            .UserTask("accepted").UserTask("not-accepted")
            .Chain("start", "accept", "g").Flow("g", "accepted", "case.state = 'Intake'").Flow("g", "not-accepted", "case.state != 'Intake'")
            .Build());
        run.Context.MovesTo("accept", "Intake");

        run.Start();

        Assert.Equal(["accepted"], run.WaitingAt);
    }

    [Fact]
    public void Case_fire_without_a_case_is_an_incident()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("accept", ServiceAction.CaseFire, trigger: "accept").End().Chain("start", "accept", "end").Build(), withCase: false)
            .Start();

        Assert.Contains("no case", run.OpenIncident("accept").Message);
        Assert.Empty(run.Context.Fired);
    }

    [Fact]
    public void A_follow_up_is_produced_for_the_assignee_with_the_case_and_customer()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("wv", ServiceAction.FollowUp, assignee: "case.mainCaseworker", text: "Nachkontakt nach Austritt").End()
            .Chain("start", "wv", "end").Build()).Start();

        var followUp = Assert.Single(run.Last.FollowUps);
        Assert.Equal((run.CaseId!.Value, Guid.Parse((string)run.Case["customerId"]!)), (followUp.CaseId, followUp.CustomerId));
        Assert.Equal(("fm.schulz", "Nachkontakt nach Austritt", "fm.schulz"), (followUp.Assignee, followUp.Reason, followUp.CreatedBy));
        Assert.Equal(FakeEngineContext.Start.AddDays(7), followUp.DueAt);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void A_follow_up_without_a_case_is_an_incident()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("wv", ServiceAction.FollowUp, assignee: "'ifk.meyer'", text: "Nachkontakt").End()
            .Chain("start", "wv", "end").Build(), withCase: false).Start();

        Assert.Contains("no case", run.OpenIncident("wv").Message);
        Assert.Empty(run.Last.FollowUps);
    }

    [Fact]
    public void Notify_produces_a_notification_for_the_assignee()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("tell", ServiceAction.Notify, assignee: "vars.supervisor", text: "Fall läuft seit zwei Jahren").End()
            .Chain("start", "tell", "end").Build()).Start(new JsonObject { ["supervisor"] = "fm.lead" });

        var notification = Assert.Single(run.Last.Notifications);
        Assert.Equal(("fm.lead", "Fall läuft seit zwei Jahren"), (notification.Recipient, notification.Text));
        Assert.Equal((run.CaseId, run.Instance.Id), (notification.CaseId, notification.InstanceId));
    }

    [Fact]
    public void Notify_without_a_recipient_is_an_incident_and_sends_nothing()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().ServiceTask("tell", ServiceAction.Notify, assignee: "vars.supervisor", text: "Hinweis").End()
            .Chain("start", "tell", "end").Build()).Start();

        Assert.Contains("assignee", run.OpenIncident("tell").Message);
        Assert.Empty(run.Last.Notifications);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Send_tasks_and_publish_send_the_message_with_its_key(bool publish)
    {
        var message = ModelBuilder.Message("HandoverRequested");
        var builder = new ModelBuilder().Start().End();
        builder = publish ? builder.ServiceTask("send", ServiceAction.Publish, message: message) : builder.SendTask("send", message);
        var run = new EngineRun(builder.Chain("start", "send", "end").Build()).Start();

        var sent = Assert.Single(run.Last.Messages);
        Assert.Equal(("HandoverRequested", run.CaseId.ToString()), (sent.Name, sent.CorrelationKey));
        Assert.Equal((run.CaseId.ToString(), run.Instance.Id.ToString(), "send"),
            ((string?)sent.Payload["caseId"], (string?)sent.Payload["instanceId"], (string?)sent.Payload["element"]));
        Assert.Contains(run.Journal, entry => entry.Action == "message.sent");
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }
}
