using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class ExclusiveGatewayTests
{
    private static EngineRun Decision(bool withDefault) => new(new ModelBuilder()
        .Start().Gateway("decide", GatewayKind.Exclusive, defaultFlow: withDefault ? "to-other" : null)
        .UserTask("accepted").UserTask("rejected").UserTask("other").End("end")
        .Flow("start", "decide")
        .Flow("decide", "accepted", "vars.decision = 'accept'", id: "to-accepted")
        .Flow("decide", "other", id: "to-other", condition: withDefault ? null : "vars.decision = 'other'")
        .Flow("decide", "rejected", "vars.decision = 'reject'", id: "to-rejected")
        .Chain("accepted", "end").Chain("rejected", "end").Chain("other", "end")
        .Build());

    [Theory]
    [InlineData("accept", "accepted")]
    [InlineData("reject", "rejected")]
    public void The_flow_whose_condition_holds_is_taken(string decision, string expected)
    {
        var run = Decision(withDefault: true).Start(new JsonObject { ["decision"] = decision });

        Assert.Equal([expected], run.WaitingAt);
        var taken = Assert.Single(run.Journal, entry => entry.Action == "gateway.taken");
        Assert.Equal("decide", taken.ElementId);
        Assert.Contains($"\"flow\":\"to-{expected}\"", taken.Data);
    }

    [Fact]
    public void The_default_flow_is_taken_when_no_condition_holds()
    {
        var run = Decision(withDefault: true).Start(new JsonObject { ["decision"] = "maybe" });

        Assert.Equal(["other"], run.WaitingAt);
    }

    [Fact]
    public void The_first_true_condition_in_document_order_wins()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("g", GatewayKind.Exclusive).UserTask("first").UserTask("second")
            .Flow("start", "g").Flow("g", "first", "vars.n > 1").Flow("g", "second", "vars.n > 0")
            .Build()).Start(new JsonObject { ["n"] = 5 });

        Assert.Equal(["first"], run.WaitingAt);
    }

    [Fact]
    public void No_true_condition_and_no_default_flow_is_an_incident_at_the_gateway()
    {
        var run = Decision(withDefault: false).Start(new JsonObject { ["decision"] = "maybe" });

        var incident = run.OpenIncident("decide");
        Assert.Contains("Kein Pfad", incident.Message);
        Assert.Contains("no condition true and no default flow", incident.Message);
        Assert.Equal(1, incident.Attempts);
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        Assert.Equal(["decide"], run.WaitingAt);
    }

    [Fact]
    public void A_retry_with_the_same_variables_fails_again_on_the_same_incident()
    {
        var run = Decision(withDefault: false).Start(new JsonObject { ["decision"] = "maybe" });
        var incident = run.OpenIncident("decide");

        run.Retry("decide");

        Assert.Equal(2, incident.Attempts);
        Assert.True(incident.IsOpen);
        Assert.Single(run.Instance.Incidents);
        Assert.Equal(TokenWait.Incident, Assert.Single(run.Instance.Tokens).Wait);
        Assert.Equal(["incident.retried", "incident.retry-failed"], run.Last.Journal.Select(entry => entry.Action));
    }

    [Fact]
    public void A_retry_after_fixing_the_variables_takes_the_path_and_resolves_the_incident()
    {
        var run = Decision(withDefault: false).Start(new JsonObject { ["decision"] = "maybe" });
        var incident = run.OpenIncident("decide");

        run.Retry("decide", new JsonObject { ["decision"] = "reject" });

        Assert.Equal(["rejected"], run.WaitingAt);
        Assert.False(incident.IsOpen);
        Assert.Equal("reject", (string?)run.Variables["decision"]);
    }

    [Fact]
    public void A_condition_that_fails_to_evaluate_is_an_incident_naming_the_flow()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("g", GatewayKind.Exclusive, defaultFlow: "g->b").UserTask("a").UserTask("b")
            .Flow("start", "g").Flow("g", "a", "vars.amount > 100").Flow("g", "b")
            .Build()).Start(new JsonObject { ["amount"] = "viel" });

        var incident = run.OpenIncident("g");
        Assert.Contains("Bedingung ungültig (invalid condition)", incident.Message);
        Assert.Contains("g->a", incident.Message);
    }

    [Fact]
    public void Retrying_an_incident_that_is_resolved_is_a_conflict()
    {
        var run = Decision(withDefault: false).Start(new JsonObject { ["decision"] = "maybe" });
        var incident = run.OpenIncident("decide");
        run.Retry("decide", new JsonObject { ["decision"] = "accept" });

        Assert.Throws<EngineConflictException>(() => run.Engine.RetryIncident(run.Instance, incident.Id, []));
    }

    [Fact]
    public void A_gateway_with_several_incoming_flows_lets_each_token_pass()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().Gateway("fork", GatewayKind.Parallel).UserTask("a").UserTask("b").Gateway("merge", GatewayKind.Exclusive).UserTask("after")
            .Chain("start", "fork").Chain("fork", "a", "merge").Chain("fork", "b", "merge").Chain("merge", "after")
            .Build()).Start();

        run.Complete("a");
        run.Complete("b");

        Assert.Equal(2, run.Instance.Tasks.Count(task => task.ElementId == "after"));
    }
}
