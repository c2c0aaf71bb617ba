using System.Security.Claims;

namespace CaseFlow.Host.Providers;

/// <summary>The provider behind an API-key request: its key, the API key used, and the name journal lines give it.</summary>
public sealed record ProviderCaller(string ProviderKey, Guid ApiKeyId, string ActorName)
{
    /// <summary>Reads the caller from a principal the <c>ApiKey</c> scheme authenticated (routes under <c>ForProviders()</c>).</summary>
    public static ProviderCaller From(ClaimsPrincipal principal)
    {
        var providerKey = principal.FindFirstValue(ProviderApiKeyDefaults.ProviderClaim);
        var apiKeyId = principal.FindFirstValue(ProviderApiKeyDefaults.ApiKeyIdClaim);
        if (providerKey is null || !Guid.TryParse(apiKeyId, out var id))
        {
            throw new InvalidOperationException("The principal was not authenticated with a provider API key.");
        }

        return new ProviderCaller(providerKey, id, principal.Identity?.Name ?? ProviderApiKeyDefaults.ActorName(providerKey));
    }
}
