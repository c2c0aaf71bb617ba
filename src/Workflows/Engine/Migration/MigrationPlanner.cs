using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Migration;

/// <summary>
/// Plans moving a running instance to another version of its workflow, without changing it: every element a token,
/// open task, timer, message subscription or open incident is at must land on an element of the same kind in the new
/// version — the one the mapping names (old id -> new id), else the element with the same id. Otherwise the instance is
/// refused with the reasons.
/// </summary>
public static class MigrationPlanner
{
    public static MigrationPlan Plan(
        WorkflowInstance instance, WorkflowModel from, WorkflowModel to, int toVersion, IReadOnlyDictionary<string, string> mapping)
    {
        var moves = new List<ElementMove>();
        var reasons = new List<string>();
        var unresolved = new List<string>();
        if (instance.Status != InstanceStatus.Running)
        {
            reasons.Add($"Die Instanz läuft nicht mehr (status {instance.Status}).");
        }

        foreach (var elementId in WaitingElements(instance))
        {
            var target = TargetOf(elementId, from, to, mapping, out var problem);
            if (problem is not null)
            {
                reasons.Add(problem);
                unresolved.Add(elementId);
            }
            else if (target != elementId || mapping.ContainsKey(elementId))
            {
                moves.Add(new ElementMove(elementId, target!));
            }
        }

        var plan = new MigrationPlan(instance.Id, instance.DefinitionVersion, toVersion, moves, reasons, unresolved);
        if (reasons.Count == 0)
        {
            reasons.AddRange(StructureProblems(instance, to, plan));
        }

        return plan;
    }

    /// <summary>Every element something of the instance waits at, distinct, in the order tokens, tasks, timers, subscriptions, incidents.</summary>
    public static IReadOnlyList<string> WaitingElements(WorkflowInstance instance) =>
        instance.Tokens.Select(token => token.ElementId)
            .Concat(instance.Tasks.Where(task => task.Status == HumanTaskStatus.Open).Select(task => task.ElementId))
            .Concat(instance.Timers.Select(timer => timer.ElementId))
            .Concat(instance.Subscriptions.Select(subscription => subscription.ElementId))
            .Concat(instance.Incidents.Where(incident => incident.IsOpen).Select(incident => incident.ElementId))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string? TargetOf(
        string elementId, WorkflowModel from, WorkflowModel to, IReadOnlyDictionary<string, string> mapping, out string? problem)
    {
        problem = null;
        var kind = from.Nodes.TryGetValue(elementId, out var old) ? ElementKinds.Of(old) : null;
        var mapped = mapping.TryGetValue(elementId, out var named);
        var target = mapped ? named! : elementId;
        if (!to.Nodes.TryGetValue(target, out var node))
        {
            problem = mapped
                ? $"'{elementId}' ist auf '{target}' abgebildet, das es in der neuen Version nicht gibt (no such element)."
                : $"'{elementId}' gibt es in der neuen Version nicht; es braucht eine Abbildung (mapping required).";
        }
        else if (kind is not null && ElementKinds.Of(node) != kind)
        {
            problem = mapped
                ? $"'{elementId}' ({kind}) kann nicht auf '{target}' ({ElementKinds.Of(node)}) abgebildet werden (different kind)."
                : $"'{elementId}' ist in der neuen Version ein(e) {ElementKinds.Of(node)} statt {kind}; es braucht eine Abbildung (mapping required).";
        }

        return problem is null ? target : null;
    }

    /// <summary>Boundary timers stay on their task, and the sequence flow a join or incident token arrived by still leads to it.</summary>
    private static IEnumerable<string> StructureProblems(WorkflowInstance instance, WorkflowModel to, MigrationPlan plan)
    {
        foreach (var timer in instance.Timers)
        {
            var token = instance.Tokens.FirstOrDefault(t => t.Id == timer.TokenId);
            if (to.Nodes[plan.Target(timer.ElementId)] is BoundaryEvent boundary && token is not null && boundary.AttachedTo != plan.Target(token.ElementId))
            {
                yield return $"Der Randzeitgeber '{boundary.Id}' hängt in der neuen Version nicht an '{plan.Target(token.ElementId)}' (boundary timer moved).";
            }
        }

        foreach (var token in instance.Tokens.Where(t => t.ArrivedVia is not null))
        {
            if (!to.Flows.TryGetValue(token.ArrivedVia!, out var flow) || flow.TargetId != plan.Target(token.ElementId))
            {
                yield return $"Der Sequenzfluss '{token.ArrivedVia}', über den ein Token an '{token.ElementId}' kam, führt in der neuen Version nicht dorthin (sequence flow missing).";
            }
        }
    }
}
