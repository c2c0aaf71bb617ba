using System.Text.Json.Nodes;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class AssigneeTests
{
    private static EngineRun Assigned(string assignee) => new(new ModelBuilder()
        .Start().UserTask("task", assignee: assignee).End()
        .Chain("start", "task", "end")
        .Build());

    [Fact]
    public void The_assignee_expression_reads_the_case()
    {
        var run = Assigned("case.mainCaseworker").Start();

        Assert.Equal("fm.schulz", run.OpenTask("task").Assignee);
    }

    [Fact]
    public void The_assignee_expression_reads_the_variables()
    {
        var run = Assigned("vars.owner").Start(new JsonObject { ["owner"] = "ifk.meyer" });

        Assert.Equal("ifk.meyer", run.OpenTask("task").Assignee);
    }

    [Fact]
    public void An_assignee_that_evaluates_to_nothing_is_an_incident_and_no_task_is_created()
    {
        var run = Assigned("vars.owner").Start();

        var incident = run.OpenIncident("task");
        Assert.Contains("assignee", incident.Message);
        Assert.Empty(run.Instance.Tasks);
        var token = Assert.Single(run.Instance.Tokens);
        Assert.Equal((TokenWait.Incident, incident.TokenId), (token.Wait, token.Id));
        Assert.Equal(["instance.started", "incident.raised"], run.Actions);
    }

    [Fact]
    public void An_empty_assignee_is_an_incident_too()
    {
        var run = Assigned("vars.owner").Start(new JsonObject { ["owner"] = "  " });

        Assert.Single(run.Instance.Incidents);
    }

    [Fact]
    public void Retrying_after_the_assignee_is_set_creates_the_task_and_resolves_the_incident()
    {
        var run = Assigned("vars.owner").Start();
        var incident = run.OpenIncident("task");
        run.Context.Advance(TimeSpan.FromMinutes(5));

        run.Retry("task", new JsonObject { ["owner"] = "fm.wagner" });

        Assert.Equal("fm.wagner", run.OpenTask("task").Assignee);
        Assert.False(incident.IsOpen);
        Assert.Equal((FakeEngineContext.Start.AddMinutes(5), "fm.schulz"), (incident.ResolvedAt, incident.ResolvedBy));
        Assert.Equal(TokenWait.UserTask, Assert.Single(run.Instance.Tokens).Wait);
        Assert.Equal(["incident.retried", "task.created", "incident.resolved"], run.Last.Journal.Select(entry => entry.Action));
    }
}
