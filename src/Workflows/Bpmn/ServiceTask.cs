using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>An automatic step (<c>cf:action</c>): fire a lifecycle trigger, create a follow-up, notify, or publish a message.</summary>
public sealed class ServiceTask : FlowNode
{
    public required ServiceAction Action { get; init; }

    /// <summary><c>cf:trigger</c> for <see cref="ServiceAction.CaseFire"/>: the lifecycle action, e.g. <c>accept</c>.</summary>
    public string? Trigger { get; init; }

    /// <summary><c>cf:reason</c>: an expression for the action's reason (case.fire) or the follow-up's text.</summary>
    public Expression? Reason { get; init; }

    /// <summary><c>cf:assignee</c> for follow-ups and notifications: an expression giving a user name.</summary>
    public Expression? Assignee { get; init; }

    /// <summary><c>cf:dueIn</c> for follow-ups.</summary>
    public IsoDuration? DueIn { get; init; }

    /// <summary><c>cf:text</c>: the text of a follow-up or notification.</summary>
    public string? Text { get; init; }

    /// <summary>The message a <see cref="ServiceAction.Publish"/> task sends (<c>cf:message</c>).</summary>
    public MessageDefinition? Message { get; init; }
}
