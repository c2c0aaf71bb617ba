using System.Text.Json.Nodes;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

public sealed class UserTaskTests
{
    private static EngineRun Simple() => new(new ModelBuilder()
        .Start().UserTask("review", role: "FM", dueIn: "P5D", formKey: "review-form", name: "Prüfen").End()
        .Chain("start", "review", "end")
        .Build());

    [Fact]
    public void Starting_creates_an_open_task_where_the_token_waits()
    {
        var run = Simple().Start(new JsonObject { ["a"] = 1 });

        var task = run.OpenTask("review");
        Assert.Equal("Prüfen", task.Name);
        Assert.Equal("FM", task.CandidateRole);
        Assert.Null(task.Assignee);
        Assert.Equal("review-form", task.FormKey);
        Assert.Equal(run.CaseId, task.CaseId);
        Assert.Equal(FakeEngineContext.Start.AddDays(5), task.DueAt);
        Assert.Equal(run.Instance.Id, task.InstanceId);
        var token = Assert.Single(run.Instance.Tokens);
        Assert.Equal((task.TokenId, "review", TokenWait.UserTask), (token.Id, token.ElementId, token.Wait));
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
        Assert.Equal(["instance.started", "task.created"], run.Actions);
    }

    [Fact]
    public void The_new_instance_records_its_definition_case_starter_and_variables()
    {
        var run = Simple().Start(new JsonObject { ["a"] = 1 });

        Assert.Equal(("test-flow", 3, run.CaseId), (run.Instance.DefinitionKey, run.Instance.DefinitionVersion, run.Instance.CaseId));
        Assert.Equal("fm.schulz", run.Instance.StartedBy);
        Assert.Equal(FakeEngineContext.Start, run.Instance.StartedAt);
        Assert.Equal(FakeEngineContext.Start, run.Instance.UpdatedAt);
        Assert.Equal(1, (int)run.Variables["a"]!);
        Assert.All(run.Journal, entry => Assert.Equal(("instance", run.Instance.Id, "fm.schulz"), (entry.SubjectType, entry.SubjectId, entry.Actor)));
    }

    [Fact]
    public void Completing_the_task_merges_the_variables_and_ends_the_instance()
    {
        var run = Simple().Start(new JsonObject { ["a"] = 1, ["b"] = new JsonObject { ["x"] = 1 } });
        var task = run.OpenTask("review");
        run.Context.Advance(TimeSpan.FromHours(2));

        run.Complete("review", new JsonObject { ["b"] = new JsonObject { ["y"] = 2 }, ["c"] = "neu" });

        Assert.Equal(HumanTaskStatus.Completed, task.Status);
        Assert.Equal((FakeEngineContext.Start.AddHours(2), "fm.schulz"), (task.CompletedAt, task.CompletedBy));
        Assert.Equal("""{"a":1,"b":{"y":2},"c":"neu"}""", run.Instance.Variables);
        Assert.Empty(run.Instance.Tokens);
        Assert.Equal(InstanceStatus.Completed, run.Instance.Status);
        Assert.Equal(FakeEngineContext.Start.AddHours(2), run.Instance.EndedAt);
        Assert.Equal(FakeEngineContext.Start.AddHours(2), run.Instance.UpdatedAt);
        Assert.Equal(["task.completed", "end.reached", "instance.completed"], run.Last.Journal.Select(entry => entry.Action));
        Assert.Equal("review", run.Last.Journal[0].ElementId);
    }

    [Fact]
    public void Every_step_changes_the_instance_version()
    {
        var run = Simple().Start();
        var before = run.Instance.Version;

        run.Complete("review");

        Assert.Equal(before + 1, run.Instance.Version);
    }

    [Fact]
    public void Completing_a_completed_task_is_a_conflict()
    {
        var run = Simple().Start();
        var task = run.OpenTask("review");
        run.Engine.CompleteTask(run.Instance, task.Id, []);

        var conflict = Assert.Throws<EngineConflictException>(() => run.Engine.CompleteTask(run.Instance, task.Id, []));

        Assert.Contains("bereits erledigt", conflict.Message);
    }

    [Fact]
    public void Completing_an_unknown_task_is_a_conflict_and_changes_nothing()
    {
        var run = Simple().Start();
        var version = run.Instance.Version;

        Assert.Throws<EngineConflictException>(() => run.Engine.CompleteTask(run.Instance, Guid.NewGuid(), new JsonObject { ["a"] = 1 }));

        Assert.Equal((version, "{}"), (run.Instance.Version, run.Instance.Variables));
    }

    [Fact]
    public void A_task_without_its_own_role_is_offered_to_its_lane_role()
    {
        var run = new EngineRun(new ModelBuilder()
            .Start().UserTask("t", role: null, lane: "queue:VM-U25-aB").End().Chain("start", "t", "end").Build()).Start();

        Assert.Equal("queue:VM-U25-aB", run.OpenTask("t").CandidateRole);
    }

    [Fact]
    public void Two_tasks_in_a_row_wait_one_after_the_other()
    {
        var run = new EngineRun(new ModelBuilder().Start().UserTask("a").UserTask("b").End().Chain("start", "a", "b", "end").Build()).Start();

        run.Complete("a");

        Assert.Equal(["b"], run.WaitingAt);
        Assert.Equal(HumanTaskStatus.Completed, run.Instance.Tasks.Single(task => task.ElementId == "a").Status);
        Assert.Equal(InstanceStatus.Running, run.Instance.Status);
    }

    [Fact]
    public void Starting_at_an_unknown_start_event_is_refused()
    {
        var run = Simple();

        Assert.Throws<ArgumentException>(() => run.Start(startEventId: "review"));
    }
}
