using System.Globalization;
using CaseFlow.Host.Http;

namespace CaseFlow.Host.Providers;

/// <summary>The 429 for a client address past its failed API-key attempts: German ProblemDetails and <c>Retry-After</c> in whole seconds.</summary>
public static class ApiKeyFailureAnswer
{
    public static Task WriteAsync(HttpContext http, ApiKeyFailureLimitOptions limits, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.WriteAsync(
            http,
            StatusCodes.Status429TooManyRequests,
            "Zu viele Anfragen (too many requests)",
            $"Zu viele fehlgeschlagene Versuche mit API-Schlüsseln von dieser Adresse (too many failed API key attempts): höchstens "
            + $"{limits.PermitLimit} je {limits.WindowSeconds} s. Bitte in {seconds} s erneut versuchen.");
    }
}
