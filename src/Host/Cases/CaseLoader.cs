using System.Security.Claims;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Goals;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>Loads a case with its customer and lifecycle for the signed-in user to read, checking read access on the way (acting: <see cref="CaseActions"/>).</summary>
public sealed class CaseLoader(CaseFlowDbContext db, ActorResolver actors, CaseLifecycles lifecycles, ProviderDirectory providers, ResourceAreaCatalogue areas, JobcenterCalendar calendar)
{
    public async Task<LoadedCase> LoadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return LoadedCase.Failed(Refusal.NotFound($"Fall {id} nicht gefunden."));
        }

        var actor = await actors.ResolveAsync(user, cancellationToken);
        var access = NeedToKnow.Of(@case, actor);
        if (!access.MayRead)
        {
            return LoadedCase.Failed(Refusal.Forbidden(
                "Sie haben keinen Zugriff auf diesen Fall: nur die Betreuenden und wer ihn nach der Fallart sehen darf, z. B. FM-Vertretungen und FM-Betreuung bei FM-Fällen, aB-pAp bei aufsuchender Beratung (need to know)."));
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == @case.CustomerId, cancellationToken);
        var scene = new CaseScene(@case, customer, actor, calendar.Now, calendar)
        {
            Providers = await providers.CatalogForAsync(@case, cancellationToken),
            GoalNames = await GoalNames.ForAsync(db, areas, @case, cancellationToken),
        };
        var summary = access.Reads(CaseDataClass.OutreachSummary)
            ? await db.OutreachSummaries.AsNoTracking().Where(s => s.CaseId == id).OrderByDescending(s => s.ReleasedAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new LoadedCase(lifecycles.For(@case), scene, null) { Access = access, OutreachSummary = summary };
    }
}
