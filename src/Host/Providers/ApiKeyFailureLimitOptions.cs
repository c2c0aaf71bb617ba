namespace CaseFlow.Host.Providers;

/// <summary>
/// <c>ProviderApi:FailedKeyLimit</c>: failed API-key attempts (unknown, revoked or inactive provider's key) one client
/// address may make per fixed window, counted per host; then every API-key request from that address gets 429 until the
/// window ends.
/// </summary>
public sealed class ApiKeyFailureLimitOptions
{
    public const string Section = "ProviderApi:FailedKeyLimit";

    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 300;

    public static ApiKeyFailureLimitOptions Load(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ApiKeyFailureLimitOptions>() ?? new ApiKeyFailureLimitOptions();
        if (options.PermitLimit < 1 || options.WindowSeconds < 1)
        {
            throw new InvalidOperationException($"{Section}:PermitLimit und {Section}:WindowSeconds müssen mindestens 1 sein (must be at least 1).");
        }

        return options;
    }
}
