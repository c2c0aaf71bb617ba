using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Auth;

/// <summary>Issues signed JWTs for development users (Auth:Mode=Development only).</summary>
public sealed class DevelopmentTokenIssuer(SecurityKey key, int lifetimeMinutes)
{
    public const string UserNameClaim = "sub";
    public const string RoleClaim = "role";

    private readonly JsonWebTokenHandler handler = new();

    public TimeSpan Lifetime { get; } = TimeSpan.FromMinutes(lifetimeMinutes);

    public string Issue(StaffUser user, DateTime now)
    {
        var claims = new List<Claim>
        {
            new(UserNameClaim, user.UserName),
            new("name", user.DisplayName),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(RoleClaim, role)));
        if (user.Team is not null)
        {
            claims.Add(new Claim("team", user.Team));
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthSetup.DevelopmentIssuer,
            Audience = AuthSetup.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
