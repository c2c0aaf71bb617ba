namespace CaseFlow.Host.Providers;

/// <summary>Names of the provider API's authentication scheme, header, claims, authorization policy and rate limiter.</summary>
public static class ProviderApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string Policy = "Provider";
    public const string RateLimitPolicy = "provider-key";

    public const string ProviderClaim = "provider";
    public const string ProviderNameClaim = "provider_name";
    public const string ApiKeyIdClaim = "api_key_id";

    /// <summary>The identity name of a provider caller: <c>provider:&lt;key&gt;</c>.</summary>
    public static string ActorName(string providerKey) => $"provider:{providerKey}";
}
