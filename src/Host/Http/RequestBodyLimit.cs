namespace CaseFlow.Host.Http;

/// <summary>
/// Endpoint metadata: the largest request body (bytes) the endpoint accepts. Set with
/// <see cref="RequestBodyLimits.WithBodyLimit{TBuilder}(TBuilder, long)"/>, enforced by
/// <see cref="RequestBodyLimits.UseRequestBodyLimits(IApplicationBuilder)"/>.
/// </summary>
public sealed record RequestBodyLimit(long Bytes)
{
    /// <summary>The limit in words a caseworker or a provider's developer reads in a 413 (e.g. "64 KB").</summary>
    public string Readable => Bytes % 1024 == 0 ? $"{Bytes / 1024} KB" : $"{Bytes} Bytes";
}
