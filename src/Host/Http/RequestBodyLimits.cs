using Microsoft.AspNetCore.Http.Features;

namespace CaseFlow.Host.Http;

/// <summary>
/// Per-endpoint request body limits. A declared <c>Content-Length</c> above the limit is answered with 413 ProblemDetails
/// before anything is read; otherwise the limit goes to the server (<see cref="IHttpMaxRequestBodySizeFeature"/>), which
/// stops a longer chunked body while it is read (Kestrel's <see cref="BadHttpRequestException"/> 413); that refusal is
/// answered with the same ProblemDetails.
/// </summary>
public static class RequestBodyLimits
{
    public const string TooLargeTitle = "Anfrage zu groß (payload too large)";

    /// <summary>The limit of the staff API's JSON writes (a case action, a customer, a profile): far above any real form.</summary>
    public const long StaffJsonBytes = 64 * 1024;

    /// <summary>Limits the request body of the endpoint (or of every endpoint of a group) to <paramref name="bytes"/>.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        return builder.WithMetadata(new RequestBodyLimit(bytes));
    }

    /// <summary>
    /// Enforces <see cref="RequestBodyLimit"/> metadata. Needs the endpoint, so it runs after routing (WebApplication adds
    /// routing at the start of the pipeline when <c>UseRouting</c> is not called).
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>() is not { } limit)
            {
                await next(context);
                return;
            }

            if (context.Request.ContentLength > limit.Bytes)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit.Bytes;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException stopped) when (stopped.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            // Minimal API body binding does not throw when the server stops the body: it answers a bare 413 itself.
            if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await TooLarge(limit).ExecuteAsync(context);
            }
        });

    private static IResult TooLarge(RequestBodyLimit limit) =>
        Problems.Problem(
            StatusCodes.Status413PayloadTooLarge,
            TooLargeTitle,
            $"Der Inhalt der Anfrage darf höchstens {limit.Readable} groß sein (request body limit).",
            new Dictionary<string, object?> { ["maxBodyBytes"] = limit.Bytes });
}
