using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// Wakes a waiting token: a completed task, a delivered message, a retried or skipped incident. Each checks that the
/// wait still exists (else <see cref="EngineConflictException"/>) before it changes anything.
/// </summary>
internal static class Resumption
{
    /// <summary>Completes an open task; <paramref name="byCaseAction"/> names the case action taken directly that completed it.</summary>
    public static void CompleteTask(Step step, Guid taskId, JsonObject variables, string? byCaseAction = null)
    {
        var task = step.Instance.Tasks.Find(task => task.Id == taskId)
            ?? throw new EngineConflictException($"Die Aufgabe {taskId} gehört nicht zu dieser Workflow-Instanz (task not found).");
        if (task.Status != HumanTaskStatus.Open)
        {
            throw new EngineConflictException(task.Status == HumanTaskStatus.Completed
                ? $"Die Aufgabe '{task.Name}' ist bereits erledigt (already completed)."
                : $"Die Aufgabe '{task.Name}' wurde abgebrochen (cancelled).");
        }

        var token = step.Token(task.TokenId) is { Wait: TokenWait.UserTask } waiting
            ? waiting
            : throw new EngineConflictException($"An der Aufgabe '{task.Name}' wartet kein Token mehr (no waiting token).");

        task.Status = HumanTaskStatus.Completed;
        task.CompletedAt = step.Now;
        task.CompletedBy = step.ActorName;
        step.Merge(variables);
        var note = byCaseAction is null ? task.Name : $"{task.Name}: erledigt durch Fallaktion '{byCaseAction}' (completed by case action)";
        step.Log("task.completed", task.ElementId, note, EngineJson.Text(variables));
        Cancellation.ClearWaits(step, token.Id);
        step.RemoveToken(token);
        step.Leave(step.Model.Node(task.ElementId), token.Id);
    }

    /// <summary>The subscription's element received the message: a receive task or catch event, or the winner of an event-based race.</summary>
    public static void DeliverMessage(Step step, Guid subscriptionId, JsonObject payload)
    {
        var subscription = step.Instance.Subscriptions.Find(subscription => subscription.Id == subscriptionId)
            ?? throw new EngineConflictException("Die Instanz wartet nicht (mehr) auf diese Nachricht (subscription gone).");
        var token = step.Token(subscription.TokenId)
            ?? throw new EngineConflictException($"Auf die Nachricht '{subscription.MessageName}' wartet kein Token mehr (no waiting token).");

        step.Merge(payload);
        if (step.Model.Node(subscription.ElementId) is BoundaryEvent boundary)
        {
            BoundaryMessage(step, boundary, subscription, token);
            return;
        }

        var race = token.Wait == TokenWait.EventGateway ? " als erstes Ereignis (event-based gateway race won)" : string.Empty;
        step.Log("message.received", subscription.ElementId, $"Nachricht (message) '{subscription.MessageName}' empfangen{race}.", EngineJson.Text(payload));
        Cancellation.ClearWaits(step, token.Id);
        step.RemoveToken(token);
        step.Leave(step.Model.Node(subscription.ElementId), token.Id);
    }

    /// <summary>
    /// A boundary message: interrupting, the task is cancelled and the token continues from the boundary; else a new token
    /// starts there and the task stays (the subscription is used up).
    /// </summary>
    private static void BoundaryMessage(Step step, BoundaryEvent boundary, MessageSubscription subscription, Token token)
    {
        var task = step.Model.Node(boundary.AttachedTo).DisplayName;
        var mode = boundary.CancelActivity ? "interrupting" : "non-interrupting";
        step.Log("message.received", boundary.Id, $"Nachricht (message) '{subscription.MessageName}' an '{task}' empfangen ({mode}).");
        if (boundary.CancelActivity)
        {
            Cancellation.CancelTasks(step, token.Id, $"abgebrochen durch Nachricht '{subscription.MessageName}' (interrupting boundary message).");
            Cancellation.ClearWaits(step, token.Id);
            step.RemoveToken(token);
            step.Leave(boundary, token.Id);
        }
        else
        {
            step.Instance.Subscriptions.Remove(subscription);
            step.Leave(boundary, Guid.NewGuid());
        }
    }

    public static void RetryIncident(Step step, Guid incidentId, JsonObject variables)
    {
        var (incident, token) = OpenIncident(step, incidentId);
        step.Merge(variables);
        step.Incidents.Retry(incident, token);
    }

    /// <summary>Moves the incident's token to another element (see <see cref="SkipTargets.Problem"/>) and runs on from there.</summary>
    public static void SkipIncident(Step step, Guid incidentId, string toElementId, string reason)
    {
        if (SkipTargets.Problem(step.Model, toElementId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(toElementId));
        }

        var (incident, token) = OpenIncident(step, incidentId);
        step.Incidents.Skip(incident, token, step.Model.Node(toElementId), reason);
    }

    private static (Incident Incident, Token Token) OpenIncident(Step step, Guid incidentId)
    {
        var incident = step.Instance.Incidents.Find(incident => incident.Id == incidentId)
            ?? throw new EngineConflictException($"Der Vorfall {incidentId} gehört nicht zu dieser Workflow-Instanz (incident not found).");
        if (!incident.IsOpen)
        {
            throw new EngineConflictException("Der Vorfall ist bereits behoben (incident already resolved).");
        }

        var token = step.Token(incident.TokenId) is { Wait: TokenWait.Incident } waiting
            ? waiting
            : throw new EngineConflictException("Am Vorfall wartet kein Token mehr (no waiting token).");
        return (incident, token);
    }
}
