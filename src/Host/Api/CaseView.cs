using System.Text.Json.Serialization;
using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Api;

/// <summary>
/// A case as <c>GET /api/cases/{id}</c> and every action answer it, with the actions the caller may take now and
/// the file of its kind (<c>bfm</c>, <c>outreach</c> or <c>referral</c>; the others are null), and in words (in the request's language):
/// the kind, the state and the kind's file (<c>file</c>: e.g. plan type, next review, months in bFM of at most 24).
/// Cut to the caller's need to know (<see cref="CaseViewNeedToKnow"/>).
/// </summary>
public sealed record CaseView(
    Guid Id,
    string Kind,
    string State,
    Guid CustomerId,
    int Version,
    IReadOnlyList<ActionAvailability> AllowedActions,
    string MainCaseworker,
    string? SecondaryCaseworker,
    string ReferringCaseworker,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    BfmDetails? Bfm,
    OutreachDetails? Outreach,
    ReferralDetails? Referral,
    string KindLabel,
    string StateLabel,
    IReadOnlyList<FieldValue> File)
{
    /// <summary>Only in the answer to opening a case: the instance of the kind's default workflow that started with it (null when the kind has none).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StartedInstance? StartedInstance { get; init; }

    /// <summary>Who the case is about (name, Kundennummer, birth date); in the answers to reading and opening a case.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CustomerRef? Customer { get; init; }

    /// <summary>
    /// The need-to-know classes the caller reads of this case (<c>existence</c>, <c>summary</c>, <c>fmFile</c>,
    /// <c>outreachFile</c>, <c>outreachSummary</c>); without a file class <c>bfm</c>, <c>outreach</c>, <c>referral</c> and
    /// <c>file</c> are empty (docs/security.md).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? DataClasses { get; init; }

    /// <summary>The key dates of the summary: opened, taken over, next due, ended.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CaseKeyDates? KeyDates { get; init; }

    /// <summary>Outreach cases: the latest summary the aB-pAp released for the pAp, for who may read it (null when none).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReleasedSummary? OutreachSummary { get; init; }

    public static CaseView Of(Case @case, IReadOnlyList<ActionAvailability> allowedActions, CaseWords words) => new(
        @case.Id,
        @case.Kind,
        @case.State,
        @case.CustomerId,
        @case.Version,
        allowedActions,
        @case.MainCaseworker,
        @case.SecondaryCaseworker,
        @case.ReferringCaseworker,
        @case.CreatedAt,
        @case.UpdatedAt,
        @case.Bfm,
        @case.Outreach,
        @case.Referral,
        words.KindLabel,
        words.StateLabel,
        words.File);
}
