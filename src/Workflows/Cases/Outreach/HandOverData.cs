namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>Payload of <c>hand-over</c>: the form, whether the hand-over talk was held, and for a single task the aB-pAp.</summary>
/// <param name="Form">One of <see cref="OutreachForms"/>.</param>
/// <param name="Adviser">User name of the aB-pAp of an <see cref="OutreachForms.SingleTask"/>; null for a full hand-over.</param>
public sealed record HandOverData(string Form, bool HandoverTalkHeld, string? Adviser)
{
    public bool IsFullHandover => Form == OutreachForms.FullHandover;
}
