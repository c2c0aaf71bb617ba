using CaseFlow.Host.Auth;
using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary><c>POST /api/auth/dev-login</c> (development mode only) and <c>GET /api/auth/me</c>.</summary>
public static class AuthApi
{
    public sealed record DevLoginRequest(string UserName);

    public sealed record UserView(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Team, IReadOnlyList<string> DeputyFor);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, UserView User);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints, AuthMode mode)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Authentication");
        if (mode == AuthMode.Development)
        {
            group.MapPost("/dev-login", DevLogin).AllowAnonymous()
                .WithSummary("Development sign-in: issues a token for a seed user (Auth:Mode=Development only).");
        }

        group.MapGet("/me", Me).RequireAuthorization().WithSummary("The signed-in user.");
        return endpoints;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> DevLogin(
        DevLoginRequest request, CaseFlowDbContext db, DevelopmentTokenIssuer issuer, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == request.UserName, cancellationToken);
        if (user is null)
        {
            return Problems.Problem(
                StatusCodes.Status401Unauthorized,
                "Anmeldung fehlgeschlagen (unauthorized)",
                $"Den Benutzer '{request.UserName}' gibt es nicht. Entwicklungsbenutzer: {string.Join(", ", DevelopmentUsers.All.Select(u => u.UserName))}.");
        }

        // Tokens follow the wall clock: the bearer handler checks their lifetime against it.
        var token = issuer.Issue(user, DateTime.UtcNow);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)issuer.Lifetime.TotalSeconds, ToView(user)));
    }

    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> Me(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var user = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == actor.UserName, cancellationToken);
        return TypedResults.Ok(user is null
            ? new UserView(actor.UserName, actor.UserName, actor.Roles.ToList(), null, [])
            : ToView(user));
    }

    private static UserView ToView(StaffUser user) => new(user.UserName, user.DisplayName, user.Roles, user.Team, user.DeputyFor);
}
