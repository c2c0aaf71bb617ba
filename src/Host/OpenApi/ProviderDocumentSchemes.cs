using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.OpenApi;

/// <summary>The provider document offers only the API-key scheme: a provider's developer has no bearer token to enter.</summary>
internal sealed class ProviderDocumentSchemes : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (context.DocumentName == OpenApiSetup.ProviderDocument)
        {
            swaggerDoc.Components?.SecuritySchemes?.Remove(OpenApiSetup.BearerScheme);
        }
    }
}
