using System.Text.Json;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Workflows.Engine.Migration;

/// <summary>
/// Moves an instance to the version of a plan that allows it: tokens, open tasks (id, assignee, due date kept; element
/// and name updated), timers (due time kept), subscriptions (message and correlation kept) and open incidents point
/// at their new elements. Returns the one journal line of the migration.
/// </summary>
public static class MigrationApplier
{
    public static JournalEntry Apply(WorkflowInstance instance, MigrationPlan plan, WorkflowModel to, string actor, DateTime now)
    {
        if (!plan.CanMigrate || plan.InstanceId != instance.Id || plan.FromVersion != instance.DefinitionVersion)
        {
            throw new EngineConflictException("Die Instanz kann so nicht migriert werden (migration refused).");
        }

        foreach (var token in instance.Tokens)
        {
            token.ElementId = plan.Target(token.ElementId);
        }

        foreach (var task in instance.Tasks.Where(task => task.Status == HumanTaskStatus.Open))
        {
            task.ElementId = plan.Target(task.ElementId);
            task.Name = to.Node(task.ElementId).DisplayName;
        }

        instance.Timers.ForEach(timer => timer.ElementId = plan.Target(timer.ElementId));
        instance.Subscriptions.ForEach(subscription => subscription.ElementId = plan.Target(subscription.ElementId));
        foreach (var incident in instance.Incidents.Where(incident => incident.IsOpen))
        {
            incident.ElementId = plan.Target(incident.ElementId);
        }

        instance.DefinitionVersion = plan.ToVersion;
        instance.UpdatedAt = now;
        instance.Version++;
        return new JournalEntry
        {
            At = now,
            Actor = actor,
            SubjectType = "instance",
            SubjectId = instance.Id,
            Action = "instance.migrated",
            FromState = $"v{plan.FromVersion}",
            ToState = $"v{plan.ToVersion}",
            Note = $"migrated v{plan.FromVersion} -> v{plan.ToVersion}",
            Data = JsonSerializer.Serialize(plan.Moves.ToDictionary(move => move.From, move => move.To)),
        };
    }
}
