using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Auth;

/// <summary>Bearer-token authentication: development tokens signed here, or tokens of an OIDC authority (e.g. Keycloak).</summary>
public static class AuthSetup
{
    public const string DevelopmentIssuer = "caseflow-development";
    public const string Audience = "caseflow";

    public static AuthMode ModeOf(IConfiguration configuration) =>
        configuration["Auth:Mode"] switch
        {
            null or "" => AuthMode.Development,
            var value when Enum.TryParse<AuthMode>(value, ignoreCase: true, out var mode) => mode,
            var value => throw new InvalidOperationException($"Auth:Mode '{value}' is unknown; use Development or Oidc."),
        };

    public static IServiceCollection AddCaseFlowAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var mode = ModeOf(configuration);
        var oidc = mode == AuthMode.Oidc ? OidcBearer.FromSettings(configuration.GetSection("Auth:Oidc")) : null;
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            oidc?.Invoke(options);
            BearerAnswers.Apply(options.Events);
        });

        if (mode == AuthMode.Development)
        {
            var key = new SymmetricSecurityKey(SigningKeyBytes(configuration["Auth:Development:SigningKey"]));
            services.AddSingleton(new DevelopmentTokenIssuer(key, configuration.GetValue("Auth:Development:TokenLifetimeMinutes", 480)));
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevelopmentIssuer,
                    ValidAudience = Audience,
                    IssuerSigningKey = key,
                    NameClaimType = DevelopmentTokenIssuer.UserNameClaim,
                    RoleClaimType = DevelopmentTokenIssuer.RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        }

        services.AddAuthorization();
        services.AddScoped<ActorResolver>();
        return services;
    }

    /// <summary>A configured key (at least 32 bytes), or a fresh random one per process.</summary>
    private static byte[] SigningKeyBytes(string? configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return RandomNumberGenerator.GetBytes(32);
        }

        var bytes = Encoding.UTF8.GetBytes(configured);
        return bytes.Length >= 32
            ? bytes
            : throw new InvalidOperationException("Auth:Development:SigningKey must be at least 32 bytes long.");
    }
}
