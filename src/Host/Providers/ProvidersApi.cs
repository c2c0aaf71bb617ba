using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The provider registry (Träger): providers, their cooperation agreements and API keys. Any staff member reads;
/// only the process owner writes. Every change is one SaveChanges together with its journal line.
/// </summary>
public static class ProvidersApi
{
    public sealed record AgreementRequest(
        [TextLimit(TextLimits.Code)] IReadOnlyList<string>? SharedFields = null,
        int ReportIntervalDays = CooperationAgreement.DefaultReportIntervalDays,
        int ConferenceIntervalMonths = CooperationAgreement.DefaultConferenceIntervalMonths,
        [TextLimit(TextLimits.Name)] string? Reference = null);

    public sealed record CreateProviderRequest(
        [TextLimit(TextLimits.Code)] string Key,
        [TextLimit(TextLimits.Name)] string Name,
        [TextLimit(TextLimits.Code)] string Kind,
        [TextLimit(TextLimits.Code)] IReadOnlyList<string>? TargetGroups = null,
        AgreementRequest? Agreement = null);

    /// <summary>Replaces the provider's details; <c>targetGroups: []</c> means any target group.</summary>
    public sealed record UpdateProviderRequest(
        [TextLimit(TextLimits.Name)] string Name,
        [TextLimit(TextLimits.Code)] string Kind,
        [TextLimit(TextLimits.Code)] IReadOnlyList<string> TargetGroups,
        bool Active);

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/providers").WithTags("Providers (Träger)").RequireAuthorization();
        group.MapGet("/", List).WithName("ListProviders")
            .WithSummary("Registered providers by key; paging with page/pageSize, total in X-Total-Count.");
        group.MapGet("/{key}", Get).WithName("GetProvider").WithSummary("One provider with its cooperation agreement.");
        group.MapPost("/", Create).WithName("CreateProvider")
            .WithSummary("Registers a provider with its cooperation agreement (process owner). 409 when the key is taken.");
        group.MapPut("/{key}", Update).WithName("UpdateProvider")
            .WithSummary("Changes name, kind, target groups and whether the provider is active (process owner).");
        group.MapPut("/{key}/agreement", UpdateAgreement).WithName("UpdateProviderAgreement")
            .WithSummary("Changes the cooperation agreement: shared fields, report interval, conference rhythm, reference (process owner).");
        group.MapProviderApiKeys();
        return endpoints;
    }

    private static async Task<Results<Ok<List<ProviderView>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        if (await ProviderRegistryAccess.StaffRefusalAsync(http, actors, cancellationToken) is { } problem)
        {
            return Problems.For(problem);
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var total = await db.Providers.CountAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking()
            .OrderBy(p => p.Key)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(providers.Select(ProviderView.Of).ToList());
    }

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> Get(
        string key, HttpContext http, ActorResolver actors, ProviderDirectory directory, CancellationToken cancellationToken)
    {
        if (await ProviderRegistryAccess.StaffRefusalAsync(http, actors, cancellationToken) is { } problem)
        {
            return Problems.For(problem);
        }

        var provider = await directory.FindAsync(key, cancellationToken);
        return provider is null ? Problems.For(ProviderRegistryAccess.NotFound(key)) : TypedResults.Ok(ProviderView.Of(provider));
    }

    private static async Task<Results<Created<ProviderView>, ProblemHttpResult>> Create(
        CreateProviderRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderRules rules, JobcenterCalendar calendar,
        CancellationToken cancellationToken)
    {
        var (actor, forbidden) = await ProviderRegistryAccess.ProcessOwnerAsync(http, actors, cancellationToken);
        if (forbidden is not null)
        {
            return Problems.For(forbidden);
        }

        var now = calendar.Now;
        var agreementRequest = request.Agreement ?? new AgreementRequest();
        var (details, detailsProblem) = ProviderInput.CheckDetails(
            request.Name, request.Kind, request.TargetGroups, rules.On(calendar.DateOf(now)));
        var (agreement, agreementProblem) = ProviderInput.CheckAgreement(
            agreementRequest.SharedFields, agreementRequest.ReportIntervalDays, agreementRequest.ConferenceIntervalMonths, agreementRequest.Reference, "agreement.");
        if ((ProviderInput.CheckKey(request.Key) ?? detailsProblem ?? agreementProblem) is { } invalid)
        {
            return Problems.For(invalid);
        }

        if (await db.Providers.AnyAsync(p => p.Key == request.Key, cancellationToken))
        {
            return KeyTaken(request.Key);
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two registrations of one key at the same moment: the unique index lets one win, the other is the same 409.
            db.ChangeTracker.Clear();
            if (await db.Providers.AnyAsync(p => p.Key == request.Key, cancellationToken))
            {
                return KeyTaken(request.Key);
            }

            throw;
        }

        return TypedResults.Created($"/api/providers/{provider.Key}", ProviderView.Of(provider));
    }

    private static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> Update(
        string key, UpdateProviderRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ProviderDirectory directory,
        ProviderRules rules, JobcenterCalendar calendar, CancellationToken cancellationToken)
    {
        var (actor, provider, problem) = await ProviderRegistryAccess.ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        var now = calendar.Now;
        var (details, invalid) = ProviderInput.CheckDetails(request.Name, request.Kind, request.TargetGroups, rules.On(calendar.DateOf(now)));
        if (invalid is not null)
        {
            return Problems.For(invalid);
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
        JobcenterCalendar calendar, CancellationToken cancellationToken)
    {
        var (actor, provider, problem) = await ProviderRegistryAccess.ProviderForChangeAsync(key, http, actors, directory, cancellationToken);
        if (problem is not null)
        {
            return Problems.For(problem);
        }

        var (agreement, invalid) = ProviderInput.CheckAgreement(
            request.SharedFields, request.ReportIntervalDays, request.ConferenceIntervalMonths, request.Reference, string.Empty);
        if (invalid is not null)
        {
            return Problems.For(invalid);
        }

        var now = calendar.Now;
        Apply(provider!.Agreement, agreement!, actor!.UserName, now);
        provider.Touch(now);
        db.Journal.Add(ProviderJournal.Entry(
            provider, actor.UserName, now, "provider.agreement-changed", ProviderJournal.AgreementData(provider.Agreement)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderView.Of(provider));
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

    private static ProblemHttpResult KeyTaken(string key) => Problems.Conflict($"Den Träger-Schlüssel (key) '{key}' gibt es bereits.");
}
