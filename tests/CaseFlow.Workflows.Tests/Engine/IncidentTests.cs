using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class IncidentTests
{
    private static EngineRun Firing() => new(new ModelBuilder()
        .Start().ServiceTask("close", ServiceAction.CaseFire, trigger: "close").End()
        .Chain("start", "close", "end")
        .Build());

    [Fact]
    public void A_failed_retry_counts_the_attempt_and_keeps_the_latest_cause()
    {
        var run = Firing();
        run.Context.Refuse("close", "Erste Ursache.");
        run.Start();
        var incident = run.OpenIncident("close");
        run.Context.Refuse("close", "Zweite Ursache.");
        run.Context.Actor = EngineActors.System;

        run.Retry("close");

        Assert.Equal(2, incident.Attempts);
        Assert.Contains("Zweite Ursache.", incident.Message);
        Assert.True(incident.IsOpen);
        Assert.Equal(FakeEngineContext.Start, incident.CreatedAt);
    }

    [Fact]
    public void An_incident_in_one_branch_does_not_stop_the_other_branches()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("fork", GatewayKind.Parallel).ServiceTask("close", ServiceAction.CaseFire, trigger: "close").UserTask("other")
            .Chain("start", "fork").Chain("fork", "close").Chain("fork", "other")
            .Build());
        run.Context.Refuse("close", "Nicht erlaubt.");

        run.Start();

        Assert.Equal(["close", "other"], run.WaitingAt);
        Assert.Equal(TokenWait.Incident, run.Instance.Tokens.Single(token => token.ElementId == "close").Wait);
        Assert.Equal(HumanTaskStatus.Open, run.OpenTask("other").Status);
    }

    [Fact]
    public void Retrying_an_incident_the_instance_does_not_have_is_a_conflict()
    {
        var run = Firing().Start();

        Assert.Throws<EngineConflictException>(() => run.Engine.RetryIncident(run.Instance, Guid.NewGuid(), new JsonObject()));
    }

    [Fact]
    public void The_variables_of_a_retry_are_merged_before_the_element_runs_again()
    {
        var run = Firing();
        run.Context.Refuse("close", "Grund fehlt.");
        run.Start(new JsonObject { ["keep"] = "ja" });
        run.Context.Allow("close");

        run.Retry("close", new JsonObject { ["closeReason"] = "Ziel erreicht" });

        var data = Assert.Single(run.Context.Fired).Input.Read;
        Assert.Equal(("ja", "Ziel erreicht"), (data.RequiredString("keep"), data.RequiredString("closeReason")));
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }
}
