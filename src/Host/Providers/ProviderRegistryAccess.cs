using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Providers;

/// <summary>Who may use the registry: any staff role reads, the process owner writes.</summary>
internal static class ProviderRegistryAccess
{
    /// <summary>Reading needs a staff role; a signed-in person without any gets 403.</summary>
    public static async Task<ProblemHttpResult?> StaffProblemAsync(HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return actor.Roles.Overlaps(Roles.All) ? null : Problems.Forbidden("Das Träger-Verzeichnis sehen Mitarbeitende des Jobcenters (staff roles).");
    }

    public static async Task<(Actor? Actor, ProblemHttpResult? Problem)> ProcessOwnerAsync(
        HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return actor.HasRole(Roles.ProcessOwner)
            ? (actor, null)
            : (null, Problems.Forbidden("Träger, Kooperationsvereinbarungen und API-Schlüssel pflegt die/der Prozessverantwortliche (process owner)."));
    }

    /// <summary>The process owner and the provider to change: 403 for other roles, then 404 for an unknown key.</summary>
    public static async Task<(Actor? Actor, Provider? Provider, ProblemHttpResult? Problem)> ProviderForChangeAsync(
        string key, HttpContext http, ActorResolver actors, ProviderDirectory directory, CancellationToken cancellationToken)
    {
        var (actor, forbidden) = await ProcessOwnerAsync(http, actors, cancellationToken);
        if (forbidden is not null)
        {
            return (null, null, forbidden);
        }

        var provider = await directory.FindAsync(key, cancellationToken);
        return provider is null ? (null, null, NotFound(key)) : (actor, provider, null);
    }

    public static ProblemHttpResult NotFound(string key) => Problems.NotFound($"Den Träger (provider) '{key}' gibt es nicht.");
}
