namespace CaseFlow.Host.Setup;

/// <summary>
/// Serves the web app built from <c>src/Designer</c> into <c>wwwroot</c>: <c>/designer/</c> for process owners and
/// <c>/tasks/</c> for caseworkers (hash routes inside each page, so no server-side fallback is needed).
/// </summary>
public static class WebAppSetup
{
    public static WebApplication UseCaseFlowWebApp(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // index.html must be fetched fresh after an update; the hashed assets may be cached.
                var name = context.File.Name;
                context.Context.Response.Headers.CacheControl = name.EndsWith(".html", StringComparison.Ordinal)
                    ? "no-cache"
                    : "public, max-age=31536000, immutable";
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }

    public static IEndpointRouteBuilder MapCaseFlowWebApp(this IEndpointRouteBuilder endpoints)
    {
        // /tasks and /designer get their trailing slash from the default-files middleware (RedirectToAppendTrailingSlash).
        endpoints.MapGet("/", () => Results.Redirect("/tasks/")).ExcludeFromDescription();
        return endpoints;
    }
}
