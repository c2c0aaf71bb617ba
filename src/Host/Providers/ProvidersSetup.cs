using CaseFlow.Host.Cases;
using Microsoft.AspNetCore.Authentication;

namespace CaseFlow.Host.Providers;

/// <summary>The provider registry, API-key authentication, the <c>Provider</c> policy, the per-key rate limiter and the limit on failed keys per address.</summary>
public static class ProvidersSetup
{
    public static IServiceCollection AddCaseFlowProviders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ProviderApiKeyHandler>(ProviderApiKeyDefaults.Scheme, displayName: "Provider API key (Träger)", null);
        services.AddAuthorizationBuilder().AddPolicy(ProviderApiKeyDefaults.Policy, policy => policy
            .AddAuthenticationSchemes(ProviderApiKeyDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ProviderApiKeyDefaults.ProviderClaim));
        services.AddProviderRateLimiting(ProviderRateLimitOptions.Load(configuration));
        services.AddSingleton(ApiKeyFailureLimitOptions.Load(configuration));
        services.AddSingleton<ApiKeyFailureLimiter>();
        services.AddSingleton(sp => new ProviderRules(sp.GetRequiredService<RuleBook>().Referral));
        services.AddScoped<ProviderDirectory>();
        return services;
    }

    /// <summary>Routes for providers: API key only (a staff token gets 401), rate-limited per key.</summary>
    public static RouteGroupBuilder ForProviders(this RouteGroupBuilder group) =>
        group.RequireAuthorization(ProviderApiKeyDefaults.Policy).RequireRateLimiting(ProviderApiKeyDefaults.RateLimitPolicy);
}
