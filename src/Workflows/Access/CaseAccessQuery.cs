using System.Linq.Expressions;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;

namespace CaseFlow.Workflows.Access;

/// <summary>
/// <see cref="CaseAccessPolicy.CanRead"/> as a query predicate, so lists filter access in the database (no loading
/// cases to check them one by one). Only the branches the actor's roles open are part of it, which keeps the SQL small.
/// </summary>
public static class CaseAccessQuery
{
    public static Expression<Func<Case, bool>> Readable(Actor actor)
    {
        var user = actor.UserName;
        var parts = new List<Expression<Func<Case, bool>>>
        {
            c => c.MainCaseworker == user || c.SecondaryCaseworker == user || c.ReferringCaseworker == user,
        };
        if (actor.HasRole(Roles.FmSupervisor))
        {
            parts.Add(c => c.Kind == CaseKinds.Bfm || c.Kind == CaseKinds.Referral);
        }
        else if (actor.HasRole(Roles.Fm))
        {
            parts.Add(c => c.Kind == CaseKinds.Bfm && c.State == nameof(BfmState.Referred));
            if (actor.DeputyFor.Count > 0)
            {
                var deputyFor = actor.DeputyFor.ToList();
                parts.Add(c => (c.Kind == CaseKinds.Bfm || c.Kind == CaseKinds.Referral) && deputyFor.Contains(c.MainCaseworker));
            }
        }

        if (actor.HasRole(Roles.Abpap))
        {
            parts.Add(c => c.Kind == CaseKinds.Outreach
                && (c.State == nameof(OutreachState.Queued) || c.Outreach!.TakenOverBy == user || c.Outreach.Adviser == user));
        }

        return Predicates.AnyOf(parts);
    }
}
