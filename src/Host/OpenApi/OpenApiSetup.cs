using Microsoft.OpenApi;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// Swagger: the document <c>v1</c> with every route (staff and provider) and the document <c>provider</c> with only the
/// routes of group name <c>provider</c> (the Träger API), each operation marked with the scheme it needs.
/// </summary>
public static class OpenApiSetup
{
    public const string StaffDocument = "v1";

    public const string ProviderDocument = "provider";

    public const string BearerScheme = "bearer";

    public const string ApiKeyScheme = "apiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    // Same values as CaseFlow.Host.Providers.ProviderApiKeyDefaults.Policy and .Scheme (providers branch); kept here until the merge.
    internal const string ProviderPolicy = "Provider";

    internal const string ProviderAuthenticationScheme = "ApiKey";

    public static IServiceCollection AddCaseFlowOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(StaffDocument, new OpenApiInfo
            {
                Title = "CaseFlow API",
                Version = "v1",
                Description = "Fallübergaben im Jobcenter (case hand-overs): customers, the bFM, outreach (U25) and referral (Träger) lifecycles, journal. "
                    + "Sign in with POST /api/auth/dev-login (development mode), then use 'Authorize' with the access token. "
                    + "The provider routes are also described on their own in the document 'provider'.",
            });
            options.SwaggerDoc(ProviderDocument, new OpenApiInfo
            {
                Title = "CaseFlow Provider API (Träger)",
                Version = "v1",
                Description = ProviderApiDescription.Text,
            });
            // Nullable annotations decide nullable and required, so generated clients get non-optional fields where
            // CaseFlow always sends them.
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.DocInclusionPredicate((document, description) =>
                document == StaffDocument || description.GroupName == document);
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = BearerScheme,
                BearerFormat = "JWT",
                Description = "Access token from POST /api/auth/dev-login or your OIDC provider.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyHeader,
                Description = "API-Schlüssel des Trägers, ausgegeben von der Prozessverantwortung des Jobcenters (provider API key from the Jobcenter's process owner).",
            });
            options.OperationFilter<OperationSecurity>();
            options.DocumentFilter<ProviderDocumentSchemes>();
            options.DocumentFilter<TagDescriptions>();
            options.SchemaFilter<ProviderExamples>();
            options.OperationFilter<BodyLimitDocumentation>();
            options.OperationFilter<ProblemDescriptions>();
        });
        return services;
    }

    /// <summary>
    /// The JSON documents under /swagger/{name}/swagger.json and the UI at /swagger listing both, v1 first (in production only
    /// when configured, see <see cref="SwaggerExposure"/>, and always with the pages' security headers). Each document
    /// names as its server the path base it was served from (<c>/</c> at the root): relative, so it stays right behind a
    /// proxy, and a generated client takes the base URL its caller gives it.
    /// </summary>
    public static WebApplication UseCaseFlowSwagger(this WebApplication app)
    {
        if (!SwaggerExposure.IsServed(app.Environment, app.Configuration))
        {
            return app;
        }

        app.UseSwaggerPageHeaders();
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = request.PathBase.HasValue ? request.PathBase.Value : "/", Description = "This CaseFlow" }]));
        app.UseSwaggerUI(options =>
        {
            options.DocumentTitle = "CaseFlow API";
            options.SwaggerEndpoint($"/swagger/{StaffDocument}/swagger.json", "CaseFlow API (v1)");
            options.SwaggerEndpoint($"/swagger/{ProviderDocument}/swagger.json", "CaseFlow Provider API (Träger)");
        });
        return app;
    }
}
