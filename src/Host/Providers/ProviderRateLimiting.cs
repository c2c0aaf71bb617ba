using System.Globalization;
using System.Threading.RateLimiting;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The <c>provider-key</c> rate limiter: a fixed window per API key (claim <c>api_key_id</c>); a rejected request
/// gets 429 ProblemDetails with <c>Retry-After</c> in whole seconds.
/// </summary>
internal static class ProviderRateLimiting
{
    public static IServiceCollection AddProviderRateLimiting(this IServiceCollection services, ProviderRateLimitOptions limits)
    {
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ProviderApiKeyDefaults.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirst(ProviderApiKeyDefaults.ApiKeyIdClaim)?.Value ?? string.Empty,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = window, QueueLimit = 0 }));
            options.OnRejected = (context, _) => RejectAsync(context, limits, window);
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, ProviderRateLimitOptions limits, TimeSpan window)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(
            http,
            StatusCodes.Status429TooManyRequests,
            "Zu viele Anfragen (too many requests)",
            $"Höchstens {limits.PermitLimit} Anfragen je {limits.WindowSeconds} s pro API-Schlüssel. Bitte in {seconds} s erneut versuchen.");
    }
}
