using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// The need-to-know matrix (docs/security.md, seeds 001 and 003) as one pure decision: which data classes of a case an
/// actor may read and whether they may act. bFM and referral cases: the responsible FM (main caseworker) and their
/// deputies read the FM file and act; FM supervisors read it only (whatever other roles they hold); every FM reads a bFM
/// case waiting for intake; the secondary caseworker reads the summary only, the former secondary (referring) caseworker
/// only that the case exists. Outreach cases: the aB-pAp (queue while queued, who took it over, the adviser of a task)
/// reads the outreach file and acts; the pAp (referring caseworker) reads the summary and the released outreach summary.
/// </summary>
public static class NeedToKnow
{
    public const string SupervisionReadOnly =
        "FM-Betreuung liest Fälle anderer Fallmanager/innen nur: handeln dürfen die zuständige Fallmanagerin/der zuständige Fallmanager und ihre/seine Vertretungen (read only).";

    public static CaseDataAccess Of(Case @case, Actor actor)
    {
        if (actor.HasRole(Roles.Provider))
        {
            return CaseDataAccess.None;
        }

        return @case.Kind switch
        {
            CaseKinds.Bfm or CaseKinds.Referral => FmCase(@case, actor),
            CaseKinds.Outreach => OutreachCase(@case, actor),
            _ => @case.IsCaseworker(actor.UserName) ? CaseDataAccess.Of(true, CaseDataClass.Existence, CaseDataClass.Summary) : CaseDataAccess.None,
        };
    }

    /// <summary>The classes as their wire names (<c>summary</c>, <c>fmFile</c>, …), for views and the read audit.</summary>
    public static IReadOnlyList<string> Names(IEnumerable<CaseDataClass> classes) =>
        [.. classes.Order().Select(Name)];

    public static string Name(CaseDataClass dataClass) => dataClass switch
    {
        CaseDataClass.Existence => "existence",
        CaseDataClass.Summary => "summary",
        CaseDataClass.FmFile => "fmFile",
        CaseDataClass.OutreachFile => "outreachFile",
        CaseDataClass.OutreachSummary => "outreachSummary",
        _ => dataClass.ToString(),
    };

    private static CaseDataAccess FmCase(Case @case, Actor actor)
    {
        var responsible = @case.MainCaseworker == actor.UserName
            || (actor.HasRole(Roles.Fm) && actor.DeputyFor.Contains(@case.MainCaseworker))
            || (@case.Kind == CaseKinds.Bfm && @case.State == nameof(BfmState.Referred) && actor.HasRole(Roles.Fm));
        if (responsible)
        {
            return CaseDataAccess.Of(true, CaseDataClass.Existence, CaseDataClass.Summary, CaseDataClass.FmFile);
        }

        if (actor.HasRole(Roles.FmSupervisor))
        {
            return CaseDataAccess.Of(false, CaseDataClass.Existence, CaseDataClass.Summary, CaseDataClass.FmFile) with
            {
                ReadOnlyReason = SupervisionReadOnly,
            };
        }

        if (@case.SecondaryCaseworker == actor.UserName)
        {
            return CaseDataAccess.Of(true, CaseDataClass.Existence, CaseDataClass.Summary);
        }

        return @case.ReferringCaseworker == actor.UserName ? CaseDataAccess.Of(false, CaseDataClass.Existence) with
        {
            ReadOnlyReason = "Sie sind nicht mehr Mitbetreuer/in dieses Falls: Sie sehen nur noch, dass es ihn gibt, und seinen Zustand (need to know).",
        } : CaseDataAccess.None;
    }

    private static CaseDataAccess OutreachCase(Case @case, Actor actor)
    {
        var adviser = actor.HasRole(Roles.Abpap)
            && (@case.State == nameof(OutreachState.Queued)
                || actor.UserName == @case.Outreach?.TakenOverBy
                || actor.UserName == @case.Outreach?.Adviser
                || (actor.UserName == @case.MainCaseworker && actor.UserName != @case.ReferringCaseworker));
        if (adviser)
        {
            return CaseDataAccess.Of(true, CaseDataClass.Existence, CaseDataClass.Summary, CaseDataClass.OutreachFile, CaseDataClass.OutreachSummary);
        }

        return @case.IsCaseworker(actor.UserName)
            ? CaseDataAccess.Of(true, CaseDataClass.Existence, CaseDataClass.Summary, CaseDataClass.OutreachSummary)
            : CaseDataAccess.None;
    }
}
