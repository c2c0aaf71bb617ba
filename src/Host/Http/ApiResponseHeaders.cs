namespace CaseFlow.Host.Http;

/// <summary>
/// Every answer under <c>/api</c> (data, ProblemDetails, 401, 429 …) carries <c>Cache-Control: no-store</c> and
/// <c>X-Content-Type-Options: nosniff</c>: the answers hold personal data that no browser or proxy may keep, and none
/// may be read as another content type than the one sent.
/// </summary>
public static class ApiResponseHeaders
{
    public static readonly PathString ApiPath = "/api";

    /// <summary>Goes first in the pipeline, so that its headers are set last, over anything an endpoint set.</summary>
    public static IApplicationBuilder UseApiResponseHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ApiPath))
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.CacheControl = "no-store";
                    headers.XContentTypeOptions = "nosniff";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
}
