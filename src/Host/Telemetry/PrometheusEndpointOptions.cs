namespace CaseFlow.Host.Telemetry;

/// <summary>The <c>Telemetry:Prometheus</c> section: a scrape endpoint for the metrics, off by default.</summary>
public sealed class PrometheusEndpointOptions
{
    public bool Enabled { get; set; }

    /// <summary>Where the metrics are served; only reachable from the operator's network (it is anonymous).</summary>
    public string Path { get; set; } = "/metrics";
}
