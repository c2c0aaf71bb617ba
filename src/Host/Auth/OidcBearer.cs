using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Auth;

/// <summary>
/// <c>Auth:Mode=Oidc</c>: accepts the access tokens of an OIDC authority (e.g. a Keycloak realm). The roles come from a flat
/// claim (<c>Auth:Oidc:RoleClaim</c>, default <c>roles</c>) or from a nested one (<c>Auth:Oidc:RoleClaimPath</c>).
/// </summary>
public static class OidcBearer
{
    /// <summary>The claim type the roles read from <c>RoleClaimPath</c> get on the signed-in identity.</summary>
    public const string PathRoleClaimType = "caseflow:role";

    /// <summary>Reads and checks the settings now (a wrong one stops the start), and configures the bearer handler later.</summary>
    public static Action<JwtBearerOptions> FromSettings(IConfigurationSection oidc)
    {
        var authority = oidc["Authority"] ?? throw new InvalidOperationException("Auth:Mode=Oidc needs Auth:Oidc:Authority.");
        var audience = oidc["Audience"] ?? AuthSetup.Audience;
        var requireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
        var userNameClaim = oidc["UserNameClaim"] ?? "preferred_username";
        var path = string.IsNullOrEmpty(oidc["RoleClaimPath"]) ? null : RoleClaimPath.Parse(oidc["RoleClaimPath"]!);
        if (path is not null && !string.IsNullOrEmpty(oidc["RoleClaim"]))
        {
            throw new InvalidOperationException("Set either Auth:Oidc:RoleClaim (a flat claim) or Auth:Oidc:RoleClaimPath (a nested one), not both.");
        }

        var roleClaim = path is null ? oidc["RoleClaim"] ?? "roles" : PathRoleClaimType;
        return options =>
        {
            options.Authority = authority;
            options.Audience = audience;
            options.RequireHttpsMetadata = requireHttpsMetadata;
            options.TokenValidationParameters.NameClaimType = userNameClaim;
            options.TokenValidationParameters.RoleClaimType = roleClaim;
            if (path is not null)
            {
                options.Events.OnTokenValidated = context =>
                {
                    if (context.Principal?.Identity is ClaimsIdentity identity)
                    {
                        AddRoles(identity, context.SecurityToken, path);
                    }

                    return Task.CompletedTask;
                };
            }
        };
    }

    /// <summary>Replaces the identity's roles by those at the path in the token (none for a token that is not a JWT).</summary>
    private static void AddRoles(ClaimsIdentity identity, SecurityToken token, RoleClaimPath path)
    {
        foreach (var claim in identity.FindAll(PathRoleClaimType).ToList())
        {
            identity.RemoveClaim(claim);
        }

        if (token is JsonWebToken jwt)
        {
            // An encrypted token's claims are in its decrypted inner token.
            using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes((jwt.InnerToken ?? jwt).EncodedPayload));
            identity.AddClaims(path.RolesIn(payload.RootElement).Select(role => new Claim(PathRoleClaimType, role)));
        }
    }
}
