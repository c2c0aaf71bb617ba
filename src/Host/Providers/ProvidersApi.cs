using System.Globalization;
using CaseFlow.Host.Api;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The provider registry (Träger): providers, their cooperation agreements and API keys. Any staff member reads;
/// only the process owner writes. Every change is one SaveChanges together with its journal line.
/// </summary>
public static class ProvidersApi
{
    public const int MaxPageSize = 200;

    public sealed record AgreementRequest(
        IReadOnlyList<string>? SharedFields = null,
        int ReportIntervalDays = CooperationAgreement.DefaultReportIntervalDays,
        int ConferenceIntervalMonths = CooperationAgreement.DefaultConferenceIntervalMonths,
        string? Reference = null);

    public sealed record CreateProviderRequest(
        string Key, string Name, string Kind, IReadOnlyList<string>? TargetGroups = null, AgreementRequest? Agreement = null);

    /// <summary>Replaces the provider's details; <c>targetGroups: []</c> means any target group.</summary>
    public sealed record UpdateProviderRequest(string Name, string Kind, IReadOnlyList<string> TargetGroups, bool Active);

    public sealed record CreateApiKeyRequest(string Label);

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/providers").WithTags("Providers (Träger)").RequireAuthorization();
        group.MapGet("/", List).WithSummary("Registered providers by key; paging with page/pageSize, total in X-Total-Count.");
        group.MapGet("/{key}", Get).WithSummary("One provider with its cooperation agreement.");
        group.MapPost("/", Create).WithSummary("Registers a provider with its cooperation agreement (process owner). 409 when the key is taken.");
        group.MapPut("/{key}", Update).WithSummary("Changes name, kind, target groups and whether the provider is active (process owner).");
        group.MapPut("/{key}/agreement", UpdateAgreement)
            .WithSummary("Changes the cooperation agreement: shared fields, report interval, conference rhythm, reference (process owner).");
        group.MapGet("/{key}/api-keys", ListApiKeys).WithSummary("The provider's API keys, without the keys themselves (process owner).");
        group.MapPost("/{key}/api-keys", CreateApiKey)
            .WithSummary("Creates an API key; the answer is the only time the key is shown (process owner).");
        group.MapPost("/{key}/api-keys/{id:guid}/revoke", RevokeApiKey)
            .WithSummary("Revokes an API key at once (process owner). 409 when it is already revoked.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<ProviderView>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        if (await StaffProblemAsync(http, actors, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.Invalid("pageSize", $"page muss ≥ 1 sein und pageSize zwischen 1 und {MaxPageSize} liegen.");
        }

        var total = await db.Providers.CountAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking()
            .OrderBy(p => p.Key)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(providers.Select(ProviderView.Of).ToList());
    }

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> Get(
        string key, HttpContext http, ActorResolver actors, ProviderDirectory directory, CancellationToken cancellationToken)
    {
        if (await StaffProblemAsync(http, actors, cancellationToken) is { } problem)
        {
            return problem;
        }

        var provider = await directory.FindAsync(key, cancellationToken);
        return provider is null ? NotFound(key) : TypedResults.Ok(ProviderView.Of(provider));
    }

    private static async Task<Results<Created<ProviderView>, ProblemHttpResult>> Create(
        CreateProviderRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderRules rules, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (actor, forbidden) = await ProcessOwnerAsync(http, actors, cancellationToken);
        if (forbidden is not null)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var agreementRequest = request.Agreement ?? new AgreementRequest();
        var (details, detailsProblem) = ProviderInput.CheckDetails(
            request.Name, request.Kind, request.TargetGroups, rules.TargetGroupsOn(DateOnly.FromDateTime(now)));
        var (agreement, agreementProblem) = ProviderInput.CheckAgreement(
            agreementRequest.SharedFields, agreementRequest.ReportIntervalDays, agreementRequest.ConferenceIntervalMonths, agreementRequest.Reference, "agreement.");
        if ((ProviderInput.CheckKey(request.Key) ?? detailsProblem ?? agreementProblem) is { } invalid)
        {
            return invalid;
        }

        if (await db.Providers.AnyAsync(p => p.Key == request.Key, cancellationToken))
        {
            return Problems.Conflict($"Den Träger-Schlüssel (key) '{request.Key}' gibt es bereits.");
        }

        var provider = new Provider
        {
            Key = request.Key,
            Name = details!.Name,
            Kind = details.Kind,
            TargetGroups = details.TargetGroups,
            CreatedAt = now,
            UpdatedAt = now,
            Agreement = new CooperationAgreement { UpdatedBy = actor!.UserName },
        };
        Apply(provider.Agreement, agreement!, actor.UserName, now);
        db.Providers.Add(provider);
        db.Journal.Add(ProviderJournal.Entry(provider, actor.UserName, now, "provider.created", new
        {
            details = ProviderJournal.DetailsData(provider),
            agreement = ProviderJournal.AgreementData(provider.Agreement),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/providers/{provider.Key}", ProviderView.Of(provider));
    }

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> Update(
        string key, UpdateProviderRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory,
        ProviderRules rules, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (actor, provider, problem) = await ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (details, invalid) = ProviderInput.CheckDetails(request.Name, request.Kind, request.TargetGroups, rules.TargetGroupsOn(DateOnly.FromDateTime(now)));
        if (invalid is not null)
        {
            return invalid;
        }

        provider!.Name = details!.Name;
        provider.Kind = details.Kind;
        provider.TargetGroups = details.TargetGroups;
        provider.Active = request.Active;
        provider.Touch(now);
        db.Journal.Add(ProviderJournal.Entry(provider, actor!.UserName, now, "provider.updated", ProviderJournal.DetailsData(provider)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderView.Of(provider));
    }

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> UpdateAgreement(
        string key, AgreementRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (actor, provider, problem) = await ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (agreement, invalid) = ProviderInput.CheckAgreement(
            request.SharedFields, request.ReportIntervalDays, request.ConferenceIntervalMonths, request.Reference, string.Empty);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Apply(provider!.Agreement, agreement!, actor!.UserName, now);
        provider.Touch(now);
        db.Journal.Add(ProviderJournal.Entry(
            provider, actor.UserName, now, "provider.agreement-changed", ProviderJournal.AgreementData(provider.Agreement)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderView.Of(provider));
    }

    private static async Task<Results<Ok<List<ProviderApiKeyView>>, ProblemHttpResult>> ListApiKeys(
        string key, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory, CancellationToken cancellationToken)
    {
        var (_, provider, problem) = await ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
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
        var (actor, provider, problem) = await ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (label, invalid) = ProviderInput.CheckLabel(request.Label);
        if (invalid is not null)
        {
            return invalid;
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
        var (actor, provider, problem) = await ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return problem;
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

        var now = clock.GetUtcNow().UtcDateTime;
        apiKey.Revoke(actor!.UserName, now);
        db.Journal.Add(ProviderJournal.Entry(provider!, actor.UserName, now, "provider.api-key-revoked", ProviderJournal.KeyData(apiKey)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderApiKeyView.Of(apiKey));
    }

    private static void Apply(CooperationAgreement target, ProviderInput.Agreement agreement, string actor, DateTime now)
    {
        target.SharedFields = agreement.SharedFields;
        target.ReportIntervalDays = agreement.ReportIntervalDays;
        target.ConferenceIntervalMonths = agreement.ConferenceIntervalMonths;
        target.Reference = agreement.Reference;
        target.UpdatedAt = now;
        target.UpdatedBy = actor;
    }

    /// <summary>Reading needs a staff role; a signed-in person without any gets 403.</summary>
    private static async Task<ProblemHttpResult?> StaffProblemAsync(HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return actor.Roles.Overlaps(Roles.All) ? null : Problems.Forbidden("Das Träger-Verzeichnis sehen Mitarbeitende des Jobcenters (staff roles).");
    }

    private static async Task<(Actor? Actor, ProblemHttpResult? Problem)> ProcessOwnerAsync(
        HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return actor.HasRole(Roles.ProcessOwner)
            ? (actor, null)
            : (null, Problems.Forbidden("Träger, Kooperationsvereinbarungen und API-Schlüssel pflegt die/der Prozessverantwortliche (process owner)."));
    }

    /// <summary>The process owner and the provider to change: 403 for other roles, then 404 for an unknown key.</summary>
    private static async Task<(Actor? Actor, Provider? Provider, ProblemHttpResult? Problem)> ProviderForChangeAsync(
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

    private static ProblemHttpResult NotFound(string key) => Problems.NotFound($"Den Träger (provider) '{key}' gibt es nicht.");
}
