using CaseFlow.Host.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Host.Setup;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers).</summary>
public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddCaseFlowHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCaseFlowHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }

    private sealed class DatabaseHealthCheck(CaseFlowDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Datenbank erreichbar.")
                : HealthCheckResult.Unhealthy("Datenbank nicht erreichbar.");
    }
}
