using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.Json;

namespace CaseFlow.Host.Setup;

/// <summary>JSON and ProblemDetails for the REST API (Swagger: <see cref="OpenApi.OpenApiSetup"/>).</summary>
public static class ApiSetup
{
    public static IServiceCollection AddCaseFlowApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(TextLimitModifier.Apply);
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = GermanStatusTitles.Apply);
        services.AddExceptionHandler<ExceptionProblemHandler>();
        return services;
    }
}
