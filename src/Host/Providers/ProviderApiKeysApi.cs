using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The API keys of a provider (process owner only): list without the keys, create (the key is shown once), revoke.
/// Every change is one SaveChanges together with its journal line.
/// </summary>
public static class ProviderApiKeysApi
{
    public sealed record CreateApiKeyRequest([TextLimit(TextLimits.Name)] string Label);

    /// <summary>Maps the key routes into the <c>/api/providers</c> group.</summary>
    internal static RouteGroupBuilder MapProviderApiKeys(this RouteGroupBuilder group)
    {
        group.MapGet("/{key}/api-keys", ListApiKeys).WithName("ListProviderApiKeys")
            .WithSummary("The provider's API keys, without the keys themselves (process owner).");
        group.MapPost("/{key}/api-keys", CreateApiKey).WithName("CreateProviderApiKey")
            .WithSummary("Creates an API key; the answer is the only time the key is shown (process owner).");
        group.MapPost("/{key}/api-keys/{id:guid}/revoke", RevokeApiKey).WithName("RevokeProviderApiKey")
            .WithSummary("Revokes an API key at once (process owner). 409 when it is already revoked.");
        return group;
    }

    private static async Task<Results<Ok<List<ProviderApiKeyView>>, ProblemHttpResult>> ListApiKeys(
        string key, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory, CancellationToken cancellationToken)
    {
        var (_, provider, problem) = await ProviderRegistryAccess.ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        var keys = await db.ProviderApiKeys.AsNoTracking()
            .Where(k => k.ProviderId == provider!.Id)
            .OrderBy(k => k.CreatedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.Select(ProviderApiKeyView.Of).ToList());
    }

    private static async Task<Results<Created<CreatedProviderApiKey>, ProblemHttpResult>> CreateApiKey(
        string key, CreateApiKeyRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (actor, provider, problem) = await ProviderRegistryAccess.ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        var (label, invalid) = ProviderInput.CheckLabel(request.Label);
        if (invalid is not null)
        {
            return Problems.For(invalid);
        }

        var secret = ApiKeySecret.Generate();
        var apiKey = new ProviderApiKey
        {
            ProviderId = provider!.Id,
            Label = label!,
            Prefix = ApiKeySecret.PrefixOf(secret),
            Hash = ApiKeySecret.Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor!.UserName,
        };
        db.ProviderApiKeys.Add(apiKey);
        db.Journal.Add(ProviderJournal.Entry(provider, actor.UserName, apiKey.CreatedAt, "provider.api-key-created", ProviderJournal.KeyData(apiKey)));
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        return TypedResults.Created(
            $"/api/providers/{provider.Key}/api-keys", new CreatedProviderApiKey(apiKey.Id, apiKey.Label, apiKey.Prefix, apiKey.CreatedAt, secret));
    }

    private static async Task<Results<Ok<ProviderApiKeyView>, ProblemHttpResult>> RevokeApiKey(
        string key, Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (actor, provider, problem) = await ProviderRegistryAccess.ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        var apiKey = await db.ProviderApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.ProviderId == provider!.Id, cancellationToken);
        if (apiKey is null)
        {
            return Problems.NotFound($"Den API-Schlüssel {id} gibt es beim Träger '{key}' nicht.");
        }

        if (apiKey.RevokedAt is { } revokedAt)
        {
            return Problems.Conflict(
                $"Der API-Schlüssel {apiKey.Prefix}… ist bereits widerrufen (already revoked): {revokedAt:yyyy-MM-dd HH:mm} UTC von {apiKey.RevokedBy}.");
        }

        // One conditional UPDATE (... WHERE RevokedAt IS NULL) in the revocation's transaction: of two concurrent
        // revocations exactly one changes the row and journals, the other gets the 409 below.
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ProviderApiKeys
            .Where(k => k.Id == apiKey.Id && k.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, now).SetProperty(k => k.RevokedBy, actor!.UserName), cancellationToken);
        if (claimed == 0)
        {
            return Problems.Conflict(
                $"Der API-Schlüssel {apiKey.Prefix}… wurde gleichzeitig schon widerrufen (already revoked concurrently). Bitte neu laden.");
        }

        apiKey.Revoke(actor!.UserName, now);
        db.Journal.Add(ProviderJournal.Entry(provider!, actor.UserName, now, "provider.api-key-revoked", ProviderJournal.KeyData(apiKey)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ProviderApiKeyView.Of(apiKey));
    }
}
