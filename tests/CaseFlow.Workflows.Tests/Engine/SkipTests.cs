using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class SkipTests
{
    private static EngineRun Failing() => new(new ModelBuilder()
        .Start().ServiceTask("close", ServiceAction.CaseFire, trigger: "close").UserTask("after").Gateway("choice", GatewayKind.Exclusive).End()
        .Chain("start", "close", "after", "end").Chain("choice", "end")
        .Build());

    [Fact]
    public void A_skipped_incident_is_settled_and_its_token_runs_on_at_the_chosen_element()
    {
        var run = Failing();
        run.Context.Refuse("close", "Nicht erlaubt.");
        run.Start();
        var incident = run.OpenIncident("close");

        var result = run.Engine.SkipIncident(run.Instance, incident.Id, "after", "Von Hand erledigt");

        Assert.False(incident.IsOpen);
        Assert.Equal(["after"], run.WaitingAt);
        Assert.Equal(HumanTaskStatus.Open, run.OpenTask("after").Status);
        Assert.Empty(run.Context.Fired);
        var skipped = result.Journal.Single(entry => entry.Action == "incident.skipped");
        Assert.Equal(("close", "Von Hand erledigt"), (skipped.ElementId, skipped.Reason));
        Assert.Equal("Running", InstanceState.Of(run.Instance));
    }

    [Fact]
    public void Skipping_to_an_end_event_completes_the_instance()
    {
        var run = Failing();
        run.Context.Refuse("close", "Nicht erlaubt.");
        run.Start();

        run.Engine.SkipIncident(run.Instance, run.OpenIncident("close").Id, "end", "Fall erledigt sich");

        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
    }

    [Fact]
    public void Only_tasks_catch_events_and_end_events_are_skip_targets()
    {
        var run = Failing();
        run.Context.Refuse("close", "Nicht erlaubt.");
        run.Start();
        var incident = run.OpenIncident("close");
        var version = run.Instance.Version;

        Assert.Throws<ArgumentException>(() => run.Engine.SkipIncident(run.Instance, incident.Id, "choice", "Grund"));
        Assert.Throws<ArgumentException>(() => run.Engine.SkipIncident(run.Instance, incident.Id, "start", "Grund"));
        Assert.Throws<ArgumentException>(() => run.Engine.SkipIncident(run.Instance, incident.Id, "nowhere", "Grund"));

        Assert.True(incident.IsOpen);
        Assert.Equal(version, run.Instance.Version);
        Assert.Equal(["after", "close", "end"], SkipTargets.Of(run.Engine.Model).Select(node => node.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_resolved_incident_cannot_be_skipped()
    {
        var run = Failing();
        run.Context.Refuse("close", "Nicht erlaubt.");
        run.Start();
        var incident = run.OpenIncident("close");
        run.Engine.SkipIncident(run.Instance, incident.Id, "after", "Grund");

        Assert.Throws<EngineConflictException>(() => run.Engine.SkipIncident(run.Instance, incident.Id, "after", "Noch einmal"));
    }
}
