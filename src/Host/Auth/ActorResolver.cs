using System.Security.Claims;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Auth;

/// <summary>Turns the signed-in principal into an <see cref="Actor"/>: roles from the token, deputy relations from the directory.</summary>
public sealed class ActorResolver(CaseFlowDbContext db)
{
    public async Task<Actor> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var identity = principal.Identity as ClaimsIdentity;
        var userName = identity?.Name;
        if (identity is null || string.IsNullOrEmpty(userName))
        {
            throw new InvalidOperationException("The token names no user.");
        }

        var roles = identity.FindAll(identity.RoleClaimType).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var deputyFor = await db.StaffUsers.AsNoTracking()
            .Where(user => user.UserName == userName)
            .Select(user => user.DeputyFor)
            .FirstOrDefaultAsync(cancellationToken) ?? [];
        return new Actor(userName, roles, deputyFor.ToHashSet(StringComparer.Ordinal));
    }
}
