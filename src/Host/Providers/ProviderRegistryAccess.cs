using CaseFlow.Host.Auth;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;

namespace CaseFlow.Host.Providers;

/// <summary>Who may use the registry: any staff role reads, the process owner writes.</summary>
internal static class ProviderRegistryAccess
{
    /// <summary>Reading needs a staff role; a signed-in person without any is refused (forbidden).</summary>
    public static async Task<Refusal?> StaffRefusalAsync(HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return actor.Roles.Overlaps(Roles.All) ? null : Refusal.Forbidden("Das Träger-Verzeichnis sehen Mitarbeitende des Jobcenters (staff roles).");
    }

    public static async Task<(Actor? Actor, Refusal? Refusal)> ProcessOwnerAsync(
        HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return actor.HasRole(Roles.ProcessOwner)
            ? (actor, null)
            : (null, Refusal.Forbidden("Träger, Kooperationsvereinbarungen und API-Schlüssel pflegt die/der Prozessverantwortliche (process owner)."));
    }

    /// <summary>The process owner and the provider to change: forbidden for other roles, then not found for an unknown key.</summary>
    public static async Task<(Actor? Actor, Provider? Provider, Refusal? Refusal)> ProviderForChangeAsync(
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

    public static Refusal NotFound(string key) => Refusal.NotFound($"Den Träger (provider) '{key}' gibt es nicht.");
}
