using System.Text.Json.Serialization;
using CaseFlow.Host.Api;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;

namespace CaseFlow.Host.Setup;

/// <summary>JSON, ProblemDetails and Swagger for the REST API.</summary>
public static class ApiSetup
{
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddCaseFlowApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionProblemHandler>();
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CaseFlow API",
                Version = "v1",
                Description = "Fallübergaben im Jobcenter (case hand-overs): customers, the bFM, outreach (U25) and referral (Träger) lifecycles, journal. "
                    + "Sign in with POST /api/auth/dev-login (development mode), then use 'Authorize' with the access token.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = BearerScheme,
                BearerFormat = "JWT",
                Description = "Access token from POST /api/auth/dev-login or your OIDC provider.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            });
        });
        return services;
    }
}
