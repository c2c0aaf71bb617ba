using System.Diagnostics;
using CaseFlow.Host.Refusals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Http;

/// <summary>The ProblemDetails (RFC 7807) answers CaseFlow gives, with German titles and the English term beside them.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Nicht gefunden (not found)", detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        Problem(StatusCodes.Status403Forbidden, "Keine Berechtigung (forbidden)", detail);

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status409Conflict, "Konflikt (conflict)", detail, extensions);

    public static ProblemHttpResult Invalid(string field, string detail) =>
        Problem(
            StatusCodes.Status400BadRequest,
            "Ungültige Eingabe (bad request)",
            detail,
            new Dictionary<string, object?> { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    /// <summary>The answer to a service's <see cref="Refusal"/>.</summary>
    public static ProblemHttpResult For(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.NotFound => NotFound(refusal.Detail),
        RefusalKind.Forbidden => Forbidden(refusal.Detail),
        RefusalKind.Conflict => Conflict(refusal.Detail),
        RefusalKind.Invalid => Invalid(refusal.Field ?? "body", refusal.Detail),
        RefusalKind.UnsupportedMediaType => Problem(
            StatusCodes.Status415UnsupportedMediaType, "Falscher Inhaltstyp (unsupported media type)", refusal.Detail),
        RefusalKind.FileTooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "Datei zu groß (payload too large)", refusal.Detail),
        _ => throw new UnreachableException($"Unknown refusal kind {refusal.Kind}."),
    };

    /// <summary>Writes a ProblemDetails answer from middleware that has no endpoint result to return (authentication, rate limiting).</summary>
    public static Task WriteAsync(HttpContext http, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(http);

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });
}
