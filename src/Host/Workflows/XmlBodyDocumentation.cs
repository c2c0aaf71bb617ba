using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// Shows the BPMN XML request body in Swagger for endpoints marked with <see cref="XmlBodyDocumentation"/>.
/// (<c>Accepts&lt;string&gt;("application/xml")</c> would do that too, but would also let routing answer a wrong
/// content type with its own English 415 before the handler can give CaseFlow's ProblemDetails.)
/// </summary>
internal sealed class XmlBodyDocumentation : IOperationFilter
{
    private static readonly string[] MediaTypes = ["application/xml", "text/xml"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<XmlBodyDocumentation>().Any())
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "BPMN 2.0 XML (höchstens 2 MB)",
            Content = MediaTypes.ToDictionary(
                type => type,
                IOpenApiMediaType (_) => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
        };
    }
}
