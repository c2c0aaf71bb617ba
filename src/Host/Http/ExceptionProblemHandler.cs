using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Http;

/// <summary>
/// Turns the expected errors into ProblemDetails: unreadable or incomplete input (400, naming the field),
/// a missing role (403), a stale write or a workflow step that no longer fits (409), a database briefly unavailable (503
/// with Retry-After). Everything else stays a 500 without details.
/// </summary>
public sealed partial class ExceptionProblemHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Problems.Invalid(FieldOf(json), JsonMessage(json)),
            BadHttpRequestException bad => Problems.Problem(bad.StatusCode, "Ungültige Anfrage (bad request)", bad.Message),
            ActionInputException input => Problems.Invalid(input.Field, input.Message),
            ActionForbiddenException forbidden => Problems.Forbidden(forbidden.Message),
            EngineConflictException conflict => Problems.Conflict(conflict.Message),
            DbUpdateConcurrencyException => Problems.Conflict(
                "Der Datensatz wurde inzwischen von jemand anderem geändert (concurrency conflict). Bitte neu laden und erneut versuchen."),
            DbUpdateException unique when UniqueViolation.Is(unique) => Problems.Conflict(
                "Ein gleichzeitiger Vorgang hat denselben Eintrag schon angelegt (z. B. eine Überleitung an denselben Träger). Bitte neu laden."),
            _ when DatabaseUnavailable.Is(exception) => Problems.Problem(
                StatusCodes.Status503ServiceUnavailable,
                "Vorübergehend nicht verfügbar (service unavailable)",
                $"Die Datenbank ist gerade nicht erreichbar. Bitte in {RetryAfterSeconds} Sekunden erneut versuchen."),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = result.StatusCode;
        if (result.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = result.ProblemDetails,
            Exception = exception,
        });
    }

    private static string FieldOf(JsonException json)
    {
        var missing = MissingPropertyPattern().Match(json.Message);
        if (missing.Success)
        {
            return missing.Groups[1].Value;
        }

        return json.Path is null or "$" ? "body" : json.Path.TrimStart('$', '.');
    }

    private static string JsonMessage(JsonException json)
    {
        var field = FieldOf(json);
        if (MissingPropertyPattern().IsMatch(json.Message))
        {
            return $"Das Feld '{field}' fehlt (required).";
        }

        return field == "body"
            ? "Der Inhalt ist kein gültiges JSON (malformed JSON)."
            : $"Das Feld '{field}' hat einen ungültigen Wert (invalid value).";
    }

    [GeneratedRegex("missing required properties,? including:? '([^']+)'", RegexOptions.IgnoreCase)]
    private static partial Regex MissingPropertyPattern();
}
