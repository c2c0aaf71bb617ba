namespace CaseFlow.Host.Providers;

/// <summary>
/// <c>ProviderApi:RateLimit</c>: requests one API key may make per fixed window, counted per host
/// (with N hosts a key gets up to N × <see cref="PermitLimit"/>).
/// </summary>
public sealed class ProviderRateLimitOptions
{
    public const string Section = "ProviderApi:RateLimit";

    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;

    public static ProviderRateLimitOptions Load(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ProviderRateLimitOptions>() ?? new ProviderRateLimitOptions();
        if (options.PermitLimit < 1 || options.WindowSeconds < 1)
        {
            throw new InvalidOperationException($"{Section}:PermitLimit and {Section}:WindowSeconds must be at least 1.");
        }

        return options;
    }
}
