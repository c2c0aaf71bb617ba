namespace CaseFlow.Host.Messaging.Contracts;

/// <summary>A lifecycle action was taken on a case (the reason and note stay in the journal).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Action">The lifecycle trigger, e.g. <c>accept</c>.</param>
/// <param name="FromState">The state before.</param>
/// <param name="ToState">The state after (equal to <paramref name="FromState"/> for actions that keep it).</param>
/// <param name="Actor">User name of who took it (<c>caseflow.engine</c> for workflows).</param>
/// <param name="At">When (UTC).</param>
public sealed record CaseTransitioned(Guid CaseId, string Action, string? FromState, string? ToState, string Actor, DateTime At);
