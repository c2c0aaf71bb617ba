using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Completing a task bound to a case action (<c>cf:caseAction</c>): the action is performed with the form's variables
/// through <see cref="CaseActions"/> (staged, not saved) before the engine step, so a refusal leaves the task open and
/// nothing written. The engine itself never performs a bound action.
/// </summary>
public sealed class BoundTaskCompletion(CaseActions actions, WorkflowDefinitions definitions)
{
    /// <summary>The variable that names the action when a task is bound to several, and that tells gateways which was taken.</summary>
    public const string ActionVariable = "caseAction";

    /// <summary>
    /// Stages the bound action of the task; null when the task is not bound (nothing to perform), else the action's result.
    /// On <see cref="CaseActionResult.Done"/> <paramref name="variables"/> carries <c>caseAction</c> for the engine step.
    /// </summary>
    public async Task<CaseActionResult?> StageAsync(
        WorkflowInstance instance, HumanTask task, JsonObject variables, Actor actor, CancellationToken cancellationToken)
    {
        var workflow = await definitions.FindPublishedAsync(instance.DefinitionKey, instance.DefinitionVersion, cancellationToken);
        if (workflow?.Model.Nodes.GetValueOrDefault(task.ElementId) is not UserTask { IsBound: true } node)
        {
            return null;
        }

        if (instance.CaseId is not { } caseId)
        {
            return new CaseActionResult.NotFound(
                $"Die Aufgabe '{task.Name}' führt die Fallaktion '{string.Join(" / ", node.CaseActions)}' aus, ihr Ablauf hat aber keinen Fall (no case).");
        }

        if (Choose(node, variables) is not { } action)
        {
            return new CaseActionResult.Invalid(
                ActionVariable,
                $"Bitte wählen Sie die Fallaktion (caseAction): {string.Join(" oder ", node.CaseActions.Select(a => $"'{a}'"))}.");
        }

        variables[ActionVariable] = action;
        var input = new ActionInput(
            Text(variables, "reason"),
            Text(variables, "note") ?? $"Aufgabe '{task.Name}' (Workflow {instance.DefinitionKey} v{instance.DefinitionVersion})",
            JsonSerializer.SerializeToElement(Data(instance, variables)));
        return await actions.StageAsync(new CaseActionRequest(caseId, actor, action, input), instance.Id, cancellationToken);
    }

    private static string? Choose(UserTask node, JsonObject variables)
    {
        var chosen = Text(variables, ActionVariable);
        return chosen is not null ? (node.IsBoundTo(chosen) ? chosen : null)
            : node.CaseActions.Count == 1 ? node.CaseActions[0]
            : null;
    }

    /// <summary>The instance's variables with the form's on top: what the action reads its data from.</summary>
    private static JsonObject Data(WorkflowInstance instance, JsonObject variables)
    {
        var data = instance.ReadVariables();
        foreach (var (name, value) in variables)
        {
            data[name] = value?.DeepClone();
        }

        return data;
    }

    private static string? Text(JsonObject variables, string name) =>
        variables[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
