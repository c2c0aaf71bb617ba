using System.Linq.Expressions;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// The scopes of "Meine Fälle" as query predicates, each a part of what <see cref="CaseAccessPolicy.CanRead"/> allows:
/// <c>mine</c> the caller is a caseworker of the case (main, secondary or referring); <c>deputy</c> the FM cases
/// (bFM, referral) of the FMs the caller stands in for; <c>team</c> what the caller's role oversees: FM supervisors
/// every FM case, FMs the bFM intake (cases waiting for an FM), aB-pAp the outreach queue.
/// </summary>
public static class CaseScopes
{
    public const string Mine = "mine";

    public const string Deputy = "deputy";

    public const string Team = "team";

    public static readonly IReadOnlyList<string> All = [Mine, Deputy, Team];

    public static Expression<Func<Case, bool>> Of(string scope, Actor actor) => Predicates.AnyOf(PartsOf(scope, actor));

    /// <summary>
    /// The scope as disjoint parts (no case matches two), each a range of one ordered index (kind or caseworker first),
    /// so a list can read each part in index order and merge them instead of sorting the whole scope.
    /// </summary>
    public static IReadOnlyList<Expression<Func<Case, bool>>> PartsOf(string scope, Actor actor) => scope switch
    {
        Mine => [MineOf(actor.UserName)],
        Deputy => [DeputyOf(actor)],
        Team => TeamOf(actor),
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown scope."),
    };

    private static Expression<Func<Case, bool>> MineOf(string user) =>
        c => c.MainCaseworker == user || c.SecondaryCaseworker == user || c.ReferringCaseworker == user;

    private static Expression<Func<Case, bool>> DeputyOf(Actor actor)
    {
        if (!actor.HasRole(Roles.Fm) || actor.DeputyFor.Count == 0)
        {
            return _ => false;
        }

        var deputyFor = actor.DeputyFor.ToList();
        return c => (c.Kind == CaseKinds.Bfm || c.Kind == CaseKinds.Referral) && deputyFor.Contains(c.MainCaseworker);
    }

    private static List<Expression<Func<Case, bool>>> TeamOf(Actor actor)
    {
        var parts = new List<Expression<Func<Case, bool>>>();
        if (actor.HasRole(Roles.FmSupervisor))
        {
            parts.Add(c => c.Kind == CaseKinds.Bfm);
            parts.Add(c => c.Kind == CaseKinds.Referral);
        }
        else if (actor.HasRole(Roles.Fm))
        {
            parts.Add(c => c.Kind == CaseKinds.Bfm && c.State == nameof(BfmState.Referred));
        }

        if (actor.HasRole(Roles.Abpap))
        {
            parts.Add(c => c.Kind == CaseKinds.Outreach && c.State == nameof(OutreachState.Queued));
        }

        return parts.Count == 0 ? [_ => false] : parts;
    }
}
