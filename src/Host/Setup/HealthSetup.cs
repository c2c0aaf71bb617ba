using System.Text.Json;
using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Host.Setup;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database and the message transport
/// answer; 503 otherwise). The ready answer is JSON naming each check, so an operator sees which one fails.
/// </summary>
public static class HealthSetup
{
    /// <summary>Checks with this tag make up <c>/health/ready</c> (MassTransit tags its bus check so as well).</summary>
    private const string ReadyTag = "ready";

    public static IServiceCollection AddCaseFlowHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCaseFlowHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new()
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
        });
        return endpoints;
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    private sealed class DatabaseHealthCheck(CaseFlowDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Datenbank erreichbar.")
                : HealthCheckResult.Unhealthy("Datenbank nicht erreichbar.");
    }
}
