using CaseFlow.Host.Auth;

namespace CaseFlow.Host.Setup;

/// <summary>
/// Serves the web app built from <c>src/Designer</c> into <c>wwwroot</c>: <c>/designer/</c> for process owners and
/// <c>/tasks/</c> for caseworkers (hash routes inside each page, so no server-side fallback is needed).
/// </summary>
public static class WebAppSetup
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// The pages' policy: <see cref="ContentSecurityPolicy"/>, and in OIDC mode connect-src also allows the authority's
    /// origin (the web app fetches its discovery document and token endpoint).
    /// </summary>
    public static string ContentSecurityPolicyFor(IConfiguration configuration)
    {
        if (AuthSetup.ModeOf(configuration) != AuthMode.Oidc
            || !Uri.TryCreate(configuration["Auth:Oidc:Authority"], UriKind.Absolute, out var authority))
        {
            return ContentSecurityPolicy;
        }

        return ContentSecurityPolicy.Replace("connect-src 'self';", $"connect-src 'self' {authority.GetLeftPart(UriPartial.Authority)};", StringComparison.Ordinal);
    }

    public static WebApplication UseCaseFlowWebApp(this WebApplication app)
    {
        var contentSecurityPolicy = ContentSecurityPolicyFor(app.Configuration);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // index.html must be fetched fresh after an update; the hashed assets may be cached.
                var headers = context.Context.Response.Headers;
                var page = context.File.Name.EndsWith(".html", StringComparison.Ordinal);
                headers.CacheControl = page ? "no-cache" : "public, max-age=31536000, immutable";
                headers.XContentTypeOptions = "nosniff";
                if (page)
                {
                    SetPageHeaders(headers, contentSecurityPolicy);
                }
            },
        });
        return app;
    }

    /// <summary>The security headers of a page (the web app's and Swagger UI's): the policy, no framing, no referrer.</summary>
    public static void SetPageHeaders(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        // Scripts only from CaseFlow itself; bpmn-js and mermaid set inline styles on the diagrams they draw.
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
    }

    public static IEndpointRouteBuilder MapCaseFlowWebApp(this IEndpointRouteBuilder endpoints)
    {
        // /tasks and /designer get their trailing slash from the default-files middleware (RedirectToAppendTrailingSlash).
        endpoints.MapGet("/", () => Results.Redirect("/tasks/")).ExcludeFromDescription();
        return endpoints;
    }
}
