namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>
/// The outreach file of a case (aB-pAp data, seed 003): what the lifecycle recorded along the way.
/// Visible to the case's caseworkers and aB-pAp only, never to FMs or FM supervisors.
/// </summary>
public sealed class OutreachDetails
{
    /// <summary>The hand-over form: <see cref="OutreachForms.FullHandover"/> or <see cref="OutreachForms.SingleTask"/>.</summary>
    public string? Form { get; internal set; }

    /// <summary>When the pAp confirmed the hand-over talk with the aB-pAp (recorded with the hand-over).</summary>
    public DateTime? HandoverTalkHeldAt { get; internal set; }

    /// <summary>The virtual employee (queue) a full hand-over was assigned to, e.g. <c>VM-U25-aB</c>.</summary>
    public string? Queue { get; internal set; }

    /// <summary>User name of the aB-pAp of a single task (AB-Einzelauftrag).</summary>
    public string? Adviser { get; internal set; }

    /// <summary>When an aB-pAp took the case over from the queue, and who.</summary>
    public DateTime? TakenOverAt { get; internal set; }

    public string? TakenOverBy { get; internal set; }

    /// <summary>Start of the activation phase (its usual limit counts from here).</summary>
    public DateTime? ActivationStartedAt { get; internal set; }

    /// <summary>The documented extension of the activation phase beyond its usual limit.</summary>
    public DateOnly? ExtendedUntil { get; internal set; }

    public string? ExtensionJustification { get; internal set; }

    public int VisitCount { get; internal set; }

    public DateOnly? LastVisitOn { get; internal set; }

    /// <summary>Who went along on the last visit (visits are made by two).</summary>
    public IReadOnlyList<string> LastVisitCompanions { get; internal set; } = [];

    public int SanctionDecisionCount { get; internal set; }

    public string? LastSanctionDecision { get; internal set; }

    public DateTime? LastSanctionDecisionAt { get; internal set; }

    /// <summary>The handing-over pAp the last sanction decision was agreed with.</summary>
    public string? SanctionAgreedWith { get; internal set; }

    /// <summary>When the aB-pAp recorded the customer as activated.</summary>
    public DateTime? ActivatedAt { get; internal set; }

    public DateTime? JointMeetingAt { get; internal set; }

    public IReadOnlyList<string> JointMeetingParticipants { get; internal set; } = [];

    /// <summary>When the aB-pAp completed a single task.</summary>
    public DateTime? TaskCompletedAt { get; internal set; }

    /// <summary>When the customer went back to the pAp.</summary>
    public DateTime? ReturnedAt { get; internal set; }

    /// <summary>The reason of an early return (none after a joint meeting or a single task).</summary>
    public string? ReturnReason { get; internal set; }
}
