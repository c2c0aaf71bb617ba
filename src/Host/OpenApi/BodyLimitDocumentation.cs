using CaseFlow.Host.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>Documents 413 on every write (POST, PUT, PATCH) with a <see cref="RequestBodyLimit"/>, naming the limit, as ProblemDetails.</summary>
internal sealed class BodyLimitDocumentation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod is not ("POST" or "PUT" or "PATCH")
            || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestBodyLimit>().LastOrDefault() is not { } limit)
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd(
            "413",
            ProblemResponses.Create($"{RequestBodyLimits.TooLargeTitle}: der Inhalt ist größer als {limit.Readable}.", context));
    }
}
