using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// Marks each operation with the scheme its authorization metadata asks for: the provider policy (or the API-key
/// authentication scheme) → <c>apiKey</c>, any other authorization → <c>bearer</c>, anonymous routes → an explicit empty
/// <c>security: []</c>. Secured operations also document 401, provider operations 429 (rate limit, with <c>Retry-After</c>),
/// both as ProblemDetails.
/// </summary>
internal sealed class OperationSecurity : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var scheme = SchemeOf(context.ApiDescription.ActionDescriptor.EndpointMetadata);
        if (scheme is null)
        {
            operation.Security = [];
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] }];
        operation.Responses ??= [];
        operation.Responses.TryAdd(
            "401",
            ProblemResponses.Create(
                scheme == OpenApiSetup.ApiKeyScheme
                    ? "Nicht angemeldet (unauthorized): X-Api-Key fehlt, ist unbekannt oder widerrufen."
                    : "Nicht angemeldet (unauthorized): Bearer-Token fehlt oder ist ungültig.",
                context));
        if (scheme == OpenApiSetup.ApiKeyScheme)
        {
            operation.Responses.TryAdd("429", TooManyRequests(context));
        }
    }

    /// <summary>The scheme an endpoint needs, or null when it is anonymous.</summary>
    internal static string? SchemeOf(IList<object> metadata)
    {
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return null;
        }

        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        if (authorizeData.Count == 0 && policies.Count == 0)
        {
            return null;
        }

        var provider = authorizeData.Any(data => data.Policy == OpenApiSetup.ProviderPolicy || NamesApiKey(data.AuthenticationSchemes))
            || policies.Any(policy => policy.AuthenticationSchemes.Contains(OpenApiSetup.ProviderAuthenticationScheme));
        return provider ? OpenApiSetup.ApiKeyScheme : OpenApiSetup.BearerScheme;
    }

    private static bool NamesApiKey(string? schemes) =>
        schemes?.Split(',', StringSplitOptions.TrimEntries).Contains(OpenApiSetup.ProviderAuthenticationScheme) == true;

    private static OpenApiResponse TooManyRequests(OperationFilterContext context)
    {
        var response = ProblemResponses.Create(
            "Zu viele Anfragen (too many requests): das Limit je Schlüssel ist erreicht; nach Retry-After Sekunden erneut versuchen.",
            context);
        response.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader
            {
                Description = "Sekunden bis zum nächsten erlaubten Aufruf (seconds to wait).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            },
        };
        return response;
    }
}
