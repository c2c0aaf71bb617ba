using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>Automatic steps: <c>case.fire</c>, <c>followUp</c>, <c>notify</c>, <c>publish</c> and send tasks. Each checks everything before it changes anything.</summary>
internal static class Services
{
    private static readonly IsoDuration DefaultFollowUpDue = IsoDuration.Parse("P7D");

    public static void Run(Step step, ServiceTask task, Arrival arrival)
    {
        switch (task.Action)
        {
            case ServiceAction.CaseFire:
                FireCase(step, task);
                break;
            case ServiceAction.FollowUp:
                FollowUp(step, task);
                break;
            case ServiceAction.Notify:
                Notify(step, task);
                break;
            case ServiceAction.Publish:
                Send(step, task, task.Message ?? throw new ElementFailure($"'{task.DisplayName}': keine Nachricht (cf:message) angegeben."));
                break;
            default:
                throw new InvalidOperationException($"Unknown service action {task.Action}.");
        }

        step.Leave(task, arrival.TokenId);
    }

    /// <summary>Sends the message (send task, <c>publish</c>) with the correlation key computed now.</summary>
    public static void Send(Step step, FlowNode node, MessageDefinition message)
    {
        var key = WaitStates.CorrelationKey(step, message);
        var payload = new JsonObject
        {
            ["caseId"] = step.Instance.CaseId?.ToString(),
            ["instanceId"] = step.Instance.Id.ToString(),
            ["element"] = node.Id,
        };
        step.Result.Messages.Add(new OutgoingMessage(message.Name, key, payload));
        step.Log("message.sent", node.Id, $"Nachricht (message) '{message.Name}' gesendet, Schlüssel (key) '{key}'.");
    }

    private static void FireCase(Step step, ServiceTask task)
    {
        var caseId = step.Instance.CaseId ?? throw new ElementFailure(
            $"'{task.DisplayName}': die Instanz hat keinen Fall (no case), die Aktion '{task.Trigger}' ist nicht möglich.");
        var trigger = string.IsNullOrWhiteSpace(task.Trigger)
            ? throw new ElementFailure($"'{task.DisplayName}': keine Aktion (cf:trigger) angegeben.")
            : task.Trigger;
        var reason = task.Reason is null ? null : StepExpressions.Text(step, task.Reason, "Begründung (reason)");
        var note = $"Workflow {step.Instance.DefinitionKey} v{step.Instance.DefinitionVersion}: {task.DisplayName}";
        var input = new ActionInput(reason, note, step.VariablesElement());
        var outcome = step.Context.FireCaseTrigger(caseId, trigger, input, step.Context.Actor);
        step.ForgetCaseData();
        if (!outcome.Done)
        {
            step.Log("case.fire.refused", task.Id, $"Aktion '{trigger}' abgelehnt (refused): {outcome.Refusal}", reason: reason);
            throw new ElementFailure($"Aktion '{trigger}' am Fall abgelehnt (case action refused): {outcome.Refusal}");
        }

        step.Log("case.fire.done", task.Id, $"Aktion '{trigger}' ausgeführt (done).", reason: reason);
        ExpressionTimers.Rearm(step);
    }

    private static void FollowUp(Step step, ServiceTask task)
    {
        var caseData = step.CaseData() ?? throw new ElementFailure(
            $"'{task.DisplayName}': eine Wiedervorlage (follow-up) braucht einen Fall (no case).");
        var caseId = IdOf(caseData, "id", task);
        var customerId = IdOf(caseData, "customerId", task);
        var assignee = Assignee(step, task);
        var text = Text(step, task);
        var followUp = new FollowUp
        {
            CaseId = caseId,
            CustomerId = customerId,
            Assignee = assignee,
            DueAt = step.Calendar.Add(step.Now, task.DueIn ?? DefaultFollowUpDue),
            Reason = text,
            CreatedAt = step.Now,
            CreatedBy = step.ActorName,
        };
        step.Result.FollowUps.Add(followUp);
        step.Log("followup.created", task.Id, $"Wiedervorlage (follow-up) für {assignee}: {text}");
    }

    private static void Notify(Step step, ServiceTask task)
    {
        var recipient = Assignee(step, task);
        var text = Text(step, task);
        step.Result.Notifications.Add(new Notification
        {
            Recipient = recipient,
            Text = text,
            CaseId = step.Instance.CaseId,
            InstanceId = step.Instance.Id,
            CreatedAt = step.Now,
        });
        step.Log("notification.created", task.Id, $"Benachrichtigung (notification) an {recipient}: {text}");
    }

    private static string Assignee(Step step, ServiceTask task) =>
        task.Assignee is null
            ? throw new ElementFailure($"'{task.DisplayName}': keine zuständige Person (cf:assignee) angegeben.")
            : StepExpressions.RequiredText(step, task.Assignee, "Zuständige Person (assignee)");

    /// <summary><c>cf:text</c>, else the value of <c>cf:reason</c>, else the element's name.</summary>
    private static string Text(Step step, ServiceTask task)
    {
        var text = !string.IsNullOrWhiteSpace(task.Text) ? task.Text
            : task.Reason is null ? null
            : StepExpressions.Text(step, task.Reason, "Text");
        return string.IsNullOrWhiteSpace(text) ? task.DisplayName : text.Trim();
    }

    private static Guid IdOf(JsonObject caseData, string field, ServiceTask task) =>
        caseData[field] is JsonValue value
        && (value.TryGetValue<Guid>(out var id) || (value.TryGetValue<string>(out var text) && Guid.TryParse(text, out id)))
            ? id
            : throw new ElementFailure($"'{task.DisplayName}': der Fall hat kein Feld 'case.{field}' (missing case field).");
}
