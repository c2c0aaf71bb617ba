namespace CaseFlow.Host.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section (OTLP itself is configured by the standard <c>OTEL_*</c> variables).</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// Unset (the default): traces and metrics are collected only when an exporter wants them (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// is set, or for metrics the Prometheus endpoint is on). <c>true</c> collects both in any case (for an exporter added in
    /// code, e.g. the tests' in-memory one); <c>false</c> collects nothing even when an exporter is configured.
    /// </summary>
    public bool? Enabled { get; set; }

    public PrometheusEndpointOptions Prometheus { get; set; } = new();

    /// <summary>How often the workload gauges (open tasks, incidents, outbox lag) are counted in the database.</summary>
    public TimeSpan WorkloadRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one count of the workload gauges may take before it is given up (the last values stay).</summary>
    public TimeSpan WorkloadQueryTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
