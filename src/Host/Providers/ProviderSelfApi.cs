using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Providers;

/// <summary><c>GET /api/provider/me</c>: the calling provider's own registration and agreement, so its developers can check their API key.</summary>
public static class ProviderSelfApi
{
    public sealed record ProviderSelfView(string ProviderKey, string ProviderName, string ApiKeyPrefix, AgreedTerms Agreement);

    /// <summary>What the cooperation agreement lets the provider see and how often it reports and meets.</summary>
    public sealed record AgreedTerms(IReadOnlyList<string> SharedFields, int ReportIntervalDays, int ConferenceIntervalMonths);

    public static IEndpointRouteBuilder MapProviderSelfApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/provider").ForProviders().WithGroupName("provider").WithTags("Provider API (Träger)");
        group.MapGet("/me", Me).WithName("GetProviderSelf").WithSummary(
            "The calling provider (X-Api-Key): its key and name, the prefix of the API key used, and its agreement's shared fields and intervals.");
        return endpoints;
    }

    private static async Task<Ok<ProviderSelfView>> Me(
        HttpContext http, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var caller = ProviderCaller.From(http.User);
        var provider = await db.Providers.AsNoTracking().FirstAsync(p => p.Key == caller.ProviderKey, cancellationToken);
        var prefix = await db.ProviderApiKeys.Where(k => k.Id == caller.ApiKeyId).Select(k => k.Prefix).FirstAsync(cancellationToken);
        return TypedResults.Ok(new ProviderSelfView(
            provider.Key,
            provider.Name,
            prefix,
            new AgreedTerms(provider.Agreement.SharedFields, provider.Agreement.ReportIntervalDays, provider.Agreement.ConferenceIntervalMonths)));
    }
}
