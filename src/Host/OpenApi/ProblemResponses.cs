using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>
/// Refusals that filters add to an operation (401, 413, 429) as they are sent: RFC 7807 ProblemDetails in
/// <c>application/problem+json</c>, so a generated client reads them like the 400/404/409 the endpoints declare.
/// </summary>
internal static class ProblemResponses
{
    public const string MediaType = "application/problem+json";

    public static OpenApiResponse Create(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [MediaType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
        },
    };
}
