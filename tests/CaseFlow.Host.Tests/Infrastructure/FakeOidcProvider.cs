using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// A tiny OIDC provider on Kestrel at 127.0.0.1 for tests: discovery, an authorize endpoint that signs
/// <see cref="NextUser"/> in at once (checking client id, redirect URI and S256), a token endpoint that checks the PKCE
/// verifier and returns an RS256 JWT (issuer = <see cref="Authority"/>, audience <c>caseflow</c>), and the JWKS.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "caseflow-web";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> grants = new();
    private WebApplication? server;

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/realms/caseflow.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>Who the authorize endpoint signs in next: the preferred_username and roles claims.</summary>
    public (string UserName, string[] Roles) NextUser { get; set; } = ("ifk.oidc", ["IFK"]);

    /// <summary>Redirect URIs must start with this (the app's base address); empty allows none.</summary>
    public string RedirectUriPrefix { get; set; } = "";

    /// <summary>When set, the authorize endpoint answers with this error (e.g. access_denied) instead of a code.</summary>
    public string? DenyWith { get; set; }

    /// <summary>How many tokens the token endpoint issued.</summary>
    public int TokensIssued;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        server = builder.Build();
        server.Use((context, next) =>
        {
            // The web app fetches discovery and the token endpoint from its own origin (Keycloak: Web Origins).
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return next(context);
        });
        var realm = server.MapGroup("/realms/caseflow");
        realm.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/protocol/openid-connect/auth",
            ["token_endpoint"] = $"{Authority}/protocol/openid-connect/token",
            ["jwks_uri"] = $"{Authority}/protocol/openid-connect/certs",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        realm.MapGet("/protocol/openid-connect/auth", Authorize);
        realm.MapPost("/protocol/openid-connect/token", Token);
        realm.MapGet("/protocol/openid-connect/certs", () =>
        {
            var key = rsa.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = "fake", n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) },
                },
            });
        });
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = $"{address.TrimEnd('/')}/realms/caseflow";
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        string redirectUri = query["redirect_uri"].ToString();
        if (query["client_id"] != ClientId || RedirectUriPrefix.Length == 0 || !redirectUri.StartsWith(RedirectUriPrefix, StringComparison.Ordinal))
        {
            return Results.BadRequest("unknown client_id or redirect_uri");
        }

        var answer = new Dictionary<string, string?> { ["state"] = query["state"] };
        if (DenyWith is not null)
        {
            answer["error"] = DenyWith;
        }
        else if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            answer["error"] = "invalid_request";
        }
        else
        {
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            grants[code] = new Grant(redirectUri, query["code_challenge"].ToString(), NextUser.UserName, NextUser.Roles);
            answer["code"] = code;
        }

        return Results.Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(redirectUri, answer));
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId
            || !grants.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"])
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (challenge != grant.Challenge)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: StatusCodes.Status400BadRequest);
        }

        Interlocked.Increment(ref TokensIssued);
        return Results.Json(new { access_token = IssueToken(grant.UserName, grant.Roles), token_type = "Bearer", expires_in = 300, scope = "openid profile" });
    }

    /// <summary>An access token as the token endpoint issues it (tests may also use it directly).</summary>
    public string IssueToken(string userName, string[] roles) => IssueToken(userName, new Dictionary<string, object> { ["roles"] = roles });

    /// <summary>
    /// An access token with other claims besides the user name, e.g. Keycloak's nested roles:
    /// <c>["realm_access"] = new Dictionary&lt;string, object&gt; { ["roles"] = new[] { "IFK" } }</c>.
    /// </summary>
    public string IssueToken(string userName, IReadOnlyDictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = "caseflow",
            Claims = new Dictionary<string, object>(claims) { ["sub"] = userName, ["preferred_username"] = userName },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "fake" }, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>A token signed with the provider's key carrying exactly <paramref name="claims"/> (no sub added), for hostile shapes.</summary>
    public string IssueRawToken(IReadOnlyDictionary<string, object> claims, string audience = "caseflow", DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Claims = new Dictionary<string, object>(claims),
            IssuedAt = (expires ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "fake" }, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        rsa.Dispose();
    }

    private sealed record Grant(string RedirectUri, string Challenge, string UserName, string[] Roles);
}
