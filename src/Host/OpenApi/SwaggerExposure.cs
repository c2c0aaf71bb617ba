using CaseFlow.Host.Auth;
using CaseFlow.Host.Setup;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// Whether <c>/swagger</c> (UI and documents) exists: always in Development and Testing, elsewhere only with
/// <c>OpenApi:ServeInProduction=true</c>. When served, its answers carry the same security headers as the web app's pages.
/// </summary>
public static class SwaggerExposure
{
    public const string ServeInProductionKey = "OpenApi:ServeInProduction";

    public static readonly PathString SwaggerPath = "/swagger";

    public static bool IsServed(IHostEnvironment environment, IConfiguration configuration) =>
        DevelopmentModeGuard.AllowsDevelopmentMode(environment) || configuration.GetValue(ServeInProductionKey, false);

    /// <summary>Content-Security-Policy (the pages' one), X-Frame-Options, Referrer-Policy and nosniff on every /swagger answer.</summary>
    public static WebApplication UseSwaggerPageHeaders(this WebApplication app)
    {
        var contentSecurityPolicy = WebAppSetup.ContentSecurityPolicyFor(app.Configuration);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(SwaggerPath))
            {
                context.Response.OnStarting(() =>
                {
                    WebAppSetup.SetPageHeaders(context.Response.Headers, contentSecurityPolicy);
                    context.Response.Headers.CacheControl = "no-cache";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }
}
