using System.Text.Json.Serialization;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Language;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Api;

/// <summary><c>GET /api/auth/config</c>, <c>POST /api/auth/dev-login</c> and <c>GET /api/auth/dev-users</c> (development mode only), <c>GET /api/auth/me</c>.</summary>
public static class AuthApi
{
    /// <summary>The largest dev-login body: a user name is a few dozen bytes.</summary>
    public const long DevLoginBodyBytes = 4 * 1024;

    public sealed record DevLoginRequest([TextLimit(TextLimits.Name)] string UserName);

    public sealed record UserView(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Team, IReadOnlyList<string> DeputyFor);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, UserView User);

    /// <summary>
    /// How the web app signs people in: <c>Development</c> (pick a seed user) or <c>Oidc</c> (authorization code flow
    /// with PKCE against <c>Authority</c> as the public client <c>ClientId</c>; the other fields are null in development).
    /// </summary>
    public sealed record AuthConfig(
        string Mode,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Authority = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ClientId = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope = null);

    /// <summary>A development seed user as the sign-in page lists it.</summary>
    public sealed record DevUserView(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Team, IReadOnlyList<string> RoleNames);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints, AuthMode mode)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Authentication");
        group.MapGet("/config", (IConfiguration configuration) => TypedResults.Ok(ConfigOf(mode, configuration)))
            .WithName("GetAuthConfig").AllowAnonymous()
            .WithSummary("How to sign in: Development (dev-login with a seed user) or Oidc (authority, client id and scope for the web app).");
        if (mode == AuthMode.Development)
        {
            group.MapPost("/dev-login", DevLogin).WithName("DevLogin").AllowAnonymous().WithBodyLimit(DevLoginBodyBytes)
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .WithSummary("Development sign-in: issues a token for a seed user (Auth:Mode=Development only).");
            group.MapGet("/dev-users", DevUsers).WithName("ListDevUsers").AllowAnonymous()
                .WithSummary("The development seed users the sign-in page offers (Auth:Mode=Development only).");
        }

        group.MapGet("/me", Me).WithName("GetCurrentUser").RequireAuthorization().WithSummary("The signed-in user.");
        return endpoints;
    }

    private static AuthConfig ConfigOf(AuthMode mode, IConfiguration configuration)
    {
        if (mode != AuthMode.Oidc)
        {
            return new AuthConfig(mode.ToString());
        }

        var oidc = configuration.GetSection("Auth:Oidc");
        return new AuthConfig(mode.ToString(), oidc["Authority"], oidc["ClientId"] ?? "caseflow-web", oidc["Scope"] ?? "openid profile");
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
                $"Diesen Benutzer gibt es nicht (unknown user). Entwicklungsbenutzer: {string.Join(", ", DevelopmentUsers.All.Select(u => u.UserName))}.");
        }

        // Tokens follow the wall clock: the bearer handler checks their lifetime against it.
        var token = issuer.Issue(user, DateTime.UtcNow);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)issuer.Lifetime.TotalSeconds, ToView(user)));
    }

    private static async Task<Ok<List<DevUserView>>> DevUsers(CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var seeded = DevelopmentUsers.All.Select(u => u.UserName).ToList();
        var users = await db.StaffUsers.AsNoTracking().Where(u => seeded.Contains(u.UserName)).ToListAsync(cancellationToken);
        return TypedResults.Ok(users.OrderBy(u => seeded.IndexOf(u.UserName))
            .Select(u => new DevUserView(u.UserName, u.DisplayName, u.Roles, u.Team, [.. u.Roles.Select(role => Terms.Say(Roles.GermanName(role)))])).ToList());
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
