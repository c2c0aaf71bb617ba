using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Workflows.Cases;

/// <summary>
/// A case of one kind (bFM, outreach, referral) for one customer. Its state and caseworker relations
/// change only through the kind's lifecycle; nothing outside this assembly sets them.
/// </summary>
public sealed class Case
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The lifecycle kind, e.g. <c>bfm</c>.</summary>
    public required string Kind { get; init; }

    public required Guid CustomerId { get; init; }

    /// <summary>The lifecycle state (name of the kind's state enum).</summary>
    public string State { get; internal set; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>Who handed the case over (the IFK/pAp, for a referral the FM); receives the follow-up at the end.</summary>
    public required string ReferringCaseworker { get; init; }

    /// <summary>Hauptbetreuer/in: the IFK until an FM accepts (bFM) or an aB-pAp takes over (outreach), then they.</summary>
    public string MainCaseworker { get; internal set; } = string.Empty;

    /// <summary>Mitbetreuer/in: the IFK when they stay secondary caseworker.</summary>
    public string? SecondaryCaseworker { get; internal set; }

    public DateTime UpdatedAt { get; internal set; }

    /// <summary>Optimistic concurrency token: every change increments it; a stale update is refused.</summary>
    public int Version { get; set; }

    /// <summary>The bFM file; present for cases of kind <c>bfm</c>.</summary>
    public BfmDetails? Bfm { get; internal set; }

    /// <summary>The outreach file; present for cases of kind <c>outreach</c>.</summary>
    public OutreachDetails? Outreach { get; internal set; }

    /// <summary>The referral file; present for cases of kind <c>referral</c>.</summary>
    public ReferralDetails? Referral { get; internal set; }

    /// <summary>The next date something is due on this open case (bFM review, referral report or conference, outreach activation end); null when nothing is.</summary>
    public DateOnly? NextDueOn { get; internal set; }

    /// <summary>What is due on <see cref="NextDueOn"/>: one of <see cref="CaseDues"/>.</summary>
    public string? NextDue { get; internal set; }

    public bool IsCaseworker(string userName) =>
        userName == MainCaseworker || userName == SecondaryCaseworker || userName == ReferringCaseworker;
}
