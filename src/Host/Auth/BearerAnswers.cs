using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CaseFlow.Host.Auth;

/// <summary>
/// What the bearer handler answers: a token must name its subject (<c>sub</c>) and a user name, else 401; a missing, bad,
/// expired or wrongly addressed token gets a German 401 ProblemDetails and only <c>WWW-Authenticate: Bearer</c> (no reason
/// an attacker could probe); a missing permission a German 403.
/// </summary>
public static class BearerAnswers
{
    public const string SubjectClaim = "sub";

    public const string UnauthorizedTitle = "Nicht angemeldet (unauthorized)";

    public static void Apply(JwtBearerEvents events)
    {
        var validated = events.OnTokenValidated;
        events.OnTokenValidated = async context =>
        {
            await validated(context);
            var principal = context.Principal;
            if (string.IsNullOrWhiteSpace(principal?.FindFirst(SubjectClaim)?.Value) || string.IsNullOrWhiteSpace(principal.Identity?.Name))
            {
                context.Fail("The token names no subject or no user name.");
            }
        };
        events.OnChallenge = async context =>
        {
            context.HandleResponse();
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var detail = context.AuthenticateFailure is null
                ? "Diese Anfrage braucht eine Anmeldung: Authorization: Bearer <Token> (authentication required)."
                : "Das Token ist ungültig oder abgelaufen (invalid token). Bitte neu anmelden.";
            await Problems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, UnauthorizedTitle, detail);
        };
        events.OnForbidden = context => Problems.WriteAsync(
            context.HttpContext,
            StatusCodes.Status403Forbidden,
            "Keine Berechtigung (forbidden)",
            "Ihre Rolle erlaubt diese Anfrage nicht (forbidden).");
    }
}
