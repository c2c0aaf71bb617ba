using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Engine.Migration;

namespace CaseFlow.Workflows.Tests.Engine;

/// <summary>Planning and applying the move of a running instance (started on version 3) to version 4.</summary>
public sealed class MigrationTests
{
    private static readonly Dictionary<string, string> NoMapping = [];

    private static WorkflowModel Version3() => new ModelBuilder()
        .Start().UserTask("work", dueIn: "P5D").Boundary("deadline", "work", "P14D").End("end").End("late")
        .Chain("start", "work", "end").Chain("deadline", "late")
        .Build();

    /// <summary>The task is renamed to <c>review</c> and followed by a new task.</summary>
    private static WorkflowModel Version4(string boundaryOn = "review") => new ModelBuilder()
        .Start().UserTask("review", dueIn: "P5D", name: "Prüfen").UserTask("followup").Boundary("deadline", boundaryOn, "P14D").End("end").End("late")
        .Chain("start", "review", "followup", "end").Chain("deadline", "late")
        .Build();

    private static EngineRun Started() => new EngineRun(Version3()).Start();

    [Fact]
    public void A_waiting_element_missing_in_the_new_version_refuses_the_instance_unless_it_is_mapped()
    {
        var run = Started();

        var unmapped = MigrationPlanner.Plan(run.Instance, Version3(), Version4(), 4, NoMapping);
        var mapped = MigrationPlanner.Plan(run.Instance, Version3(), Version4(), 4, new Dictionary<string, string> { ["work"] = "review" });

        Assert.False(unmapped.CanMigrate);
        Assert.Contains(unmapped.Reasons, reason => reason.Contains("'work'", StringComparison.Ordinal) && reason.Contains("mapping required", StringComparison.Ordinal));
        Assert.Equal(["work"], unmapped.Unresolved);
        Assert.True(mapped.CanMigrate);
        Assert.Equal([new ElementMove("work", "review")], mapped.Moves);
    }

    [Fact]
    public void Elements_with_the_same_id_and_kind_stay_without_a_mapping()
    {
        var run = Started();

        var plan = MigrationPlanner.Plan(run.Instance, Version3(), Version3(), 4, NoMapping);

        Assert.True(plan.CanMigrate);
        Assert.Empty(plan.Moves);
    }

    [Fact]
    public void A_mapping_to_an_element_of_another_kind_is_refused()
    {
        var run = Started();
        var to = new ModelBuilder().Start().TimerCatch("work", "P1D").End().Chain("start", "work", "end").Build();

        var sameId = MigrationPlanner.Plan(run.Instance, Version3(), to, 4, NoMapping);
        var mapped = MigrationPlanner.Plan(run.Instance, Version3(), Version4(), 4, new Dictionary<string, string> { ["work"] = "end" });

        Assert.Contains(sameId.Reasons, reason => reason.Contains("timer catch event statt user task", StringComparison.Ordinal));
        Assert.Contains(mapped.Reasons, reason => reason.Contains("different kind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_boundary_timer_that_hangs_on_another_task_in_the_new_version_is_refused()
    {
        var run = Started();

        var plan = MigrationPlanner.Plan(run.Instance, Version3(), Version4(boundaryOn: "followup"), 4, new Dictionary<string, string> { ["work"] = "review" });

        Assert.Contains(plan.Reasons, reason => reason.Contains("boundary timer moved", StringComparison.Ordinal));
    }

    [Fact]
    public void Applying_keeps_the_task_its_assignee_due_date_and_timer_and_the_instance_continues_on_the_new_version()
    {
        var run = Started();
        var task = run.OpenTask("work");
        task.Claim("fm.wagner");
        var (dueAt, timerDue, version) = (task.DueAt, run.Instance.Timers.Single().DueAt, run.Instance.Version);
        var plan = MigrationPlanner.Plan(run.Instance, Version3(), Version4(), 4, new Dictionary<string, string> { ["work"] = "review" });

        var line = MigrationApplier.Apply(run.Instance, plan, Version4(), "owner.process", FakeEngineContext.Start);

        Assert.Equal((4, version + 1), (run.Instance.DefinitionVersion, run.Instance.Version));
        Assert.Equal(("review", "Prüfen", "fm.wagner", dueAt), (task.ElementId, task.Name, task.Assignee, task.DueAt));
        Assert.Equal(("deadline", timerDue), (run.Instance.Timers.Single().ElementId, run.Instance.Timers.Single().DueAt));
        Assert.Equal(["review"], run.Instance.Tokens.Select(token => token.ElementId));
        Assert.Equal(("instance.migrated", "owner.process", "migrated v3 -> v4"), (line.Action, line.Actor, line.Note));
        Assert.Equal("{\"work\":\"review\"}", line.Data);
        var onVersion4 = new WorkflowEngine(Version4(), run.Context);
        onVersion4.CompleteTask(run.Instance, task.Id, []);
        Assert.Equal(["followup"], run.Instance.Tokens.Select(token => token.ElementId));
    }

    [Fact]
    public void Applying_a_refused_plan_throws_and_changes_nothing()
    {
        var run = Started();
        var plan = MigrationPlanner.Plan(run.Instance, Version3(), Version4(), 4, NoMapping);

        Assert.Throws<EngineConflictException>(() => MigrationApplier.Apply(run.Instance, plan, Version4(), "owner.process", FakeEngineContext.Start));

        Assert.Equal((3, "work"), (run.Instance.DefinitionVersion, run.OpenTask("work").ElementId));
    }
}
