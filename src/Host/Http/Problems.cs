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
