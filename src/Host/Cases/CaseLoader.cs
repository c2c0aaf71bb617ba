using System.Security.Claims;
using CaseFlow.Host.Api;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>Loads a case with its customer and lifecycle for the signed-in user, checking access on the way.</summary>
public sealed class CaseLoader(CaseFlowDbContext db, ActorResolver actors, CaseLifecycles lifecycles, ProviderDirectory providers, TimeProvider clock)
{
    public async Task<LoadedCase> LoadAsync(Guid id, ClaimsPrincipal user, bool forAction, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return LoadedCase.Failed(Problems.NotFound($"Fall {id} nicht gefunden."));
        }

        var actor = await actors.ResolveAsync(user, cancellationToken);
        var allowed = forAction ? CaseAccessPolicy.CanAct(@case, actor) : CaseAccessPolicy.CanRead(@case, actor);
        if (!allowed)
        {
            return LoadedCase.Failed(Problems.Forbidden(forAction
                ? "Sie dürfen in diesem Fall nicht handeln: nur die Betreuenden des Falls und wer ihn nach den Zugriffsregeln bearbeiten darf, z. B. FM-Vertretungen oder aB-pAp bei Fällen in der Warteschlange (forbidden)."
                : "Sie haben keinen Zugriff auf diesen Fall: nur die Betreuenden und wer ihn nach der Fallart sehen darf, z. B. FM-Vertretungen und FM-Betreuung bei FM-Fällen, aB-pAp bei aufsuchender Beratung (need to know)."));
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == @case.CustomerId, cancellationToken);
        var scene = new CaseScene(@case, customer, actor, clock.GetUtcNow().UtcDateTime)
        {
            Providers = await providers.CatalogForAsync(@case, cancellationToken),
        };
        return new LoadedCase(lifecycles.For(@case), scene, null);
    }
}
