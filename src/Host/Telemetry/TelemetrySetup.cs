using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics. Traces: incoming HTTP, outgoing HTTP (OIDC metadata), EF Core commands, MassTransit
/// and CaseFlow's own spans (outbox relay, message delivery, workflow steps, timers). Metrics: the Meter <c>CaseFlow</c>,
/// MassTransit, the .NET runtime, ASP.NET Core and Kestrel. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set and served for Prometheus when <c>Telemetry:Prometheus:Enabled</c>; nothing is collected when nobody exports.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>MassTransit's ActivitySource and Meter (the same name in 8.4 and 8.5).</summary>
    public const string MassTransitSource = "MassTransit";

    public static IServiceCollection AddCaseFlowTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Load(configuration);
        services.AddSingleton(options);
        services.AddSingleton<CaseFlowMetrics>();
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        var traces = options.Enabled ?? otlp;
        var metrics = options.Enabled ?? (otlp || options.Prometheus.Enabled);
        if (!traces && !metrics)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(
            configuration["OTEL_SERVICE_NAME"] ?? "caseflow",
            serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()));
        if (traces)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.SetSampler(new ParentBasedSampler(new BackgroundQuerySampler()))
                    .AddSource(CaseFlowActivities.SourceName, MassTransitSource)
                    .AddAspNetCoreInstrumentation(http => http.Filter = context => !IsOperatorPath(context.Request.Path, options))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddProcessor(new PersonalDataRedaction());
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        }

        if (metrics)
        {
            telemetry.WithMetrics(meters =>
            {
                meters.AddRuntimeInstrumentation();
                if (otlp)
                {
                    meters.AddOtlpExporter();
                }

                if (options.Prometheus.Enabled)
                {
                    meters.AddPrometheusExporter();
                }
            });
            services.AddMetrics(EnableMeters);
            services.AddSingleton<WorkloadGauges>();
            services.AddHostedService(provider => provider.GetRequiredService<WorkloadGauges>());
        }

        return services;
    }

    /// <summary>Serves the metrics for Prometheus at <see cref="PrometheusEndpointOptions.Path"/> when it is on.</summary>
    public static IEndpointRouteBuilder MapCaseFlowTelemetry(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<TelemetryOptions>();
        if (options.Prometheus.Enabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(options.Prometheus.Path).AllowAnonymous().ExcludeFromDescription();
        }

        return endpoints;
    }

    private static TelemetryOptions Load(IConfiguration configuration)
    {
        var options = configuration.GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.WorkloadRefreshInterval <= TimeSpan.Zero || options.WorkloadQueryTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Telemetry:WorkloadRefreshInterval and Telemetry:WorkloadQueryTimeout must be positive, e.g. 00:00:30.");
        }

        if (options.Enabled == false && options.Prometheus.Enabled)
        {
            throw new InvalidOperationException("Telemetry:Prometheus:Enabled needs metrics, but Telemetry:Enabled=false turns them off.");
        }

        if (!options.Prometheus.Path.StartsWith('/'))
        {
            throw new InvalidOperationException("Telemetry:Prometheus:Path must start with '/', e.g. /metrics.");
        }

        return options;
    }

    /// <summary>
    /// CaseFlow's and ASP.NET Core's (incl. Kestrel) meters come from the host's own <see cref="System.Diagnostics.Metrics.IMeterFactory"/>:
    /// enabled for this host's container only (<see cref="MeterScope.Local"/>), so that several hosts in one process (the
    /// tests) never mix their instruments. MassTransit's and the HTTP client's meters are process-wide; the runtime's
    /// comes with <c>AddRuntimeInstrumentation</c>.
    /// </summary>
    private static void EnableMeters(IMetricsBuilder metrics)
    {
        const string listener = "OpenTelemetry";
        metrics.EnableMetrics(CaseFlowMetrics.MeterName, listenerName: listener, scopes: MeterScope.Local);
        metrics.EnableMetrics("Microsoft.AspNetCore", listenerName: listener, scopes: MeterScope.Local);
        metrics.EnableMetrics(MassTransitSource, listenerName: listener);
        metrics.EnableMetrics("System.Net.Http", listenerName: listener);
        metrics.EnableMetrics("System.Net.NameResolution", listenerName: listener);
    }

    /// <summary>Health probes and scrapes: frequent, and not what anyone traces.</summary>
    private static bool IsOperatorPath(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/health") || (options.Prometheus.Enabled && path.StartsWithSegments(options.Prometheus.Path));
}
