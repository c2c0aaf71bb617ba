namespace CaseFlow.Host.Http;

/// <summary>The body limit of the provider API: <c>ProviderApi:MaxBodyBytes</c>, 16 KB unless configured.</summary>
public static class ProviderBodyLimit
{
    public const string ConfigurationKey = "ProviderApi:MaxBodyBytes";

    public const long DefaultBytes = 16 * 1024;

    /// <summary>The configured limit; for the provider routes: <c>group.WithBodyLimit(ProviderBodyLimit.From(configuration))</c>.</summary>
    public static long From(IConfiguration configuration)
    {
        var bytes = configuration.GetValue(ConfigurationKey, DefaultBytes);
        return bytes > 0
            ? bytes
            : throw new InvalidOperationException($"{ConfigurationKey} muss größer als 0 sein (is {bytes}).");
    }
}
