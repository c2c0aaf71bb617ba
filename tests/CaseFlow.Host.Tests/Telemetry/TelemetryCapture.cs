using System.Diagnostics;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>
/// Turns telemetry on in a CaseFlow app (<c>Telemetry:Enabled</c>) and keeps what it exports in memory. Listeners are
/// process-wide, so spans of other apps that run at the same time may show up too: tests pick theirs by ids.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly CaseFlowApp app;
    private readonly ExportedItems<Activity> spans = new();
    private readonly ExportedItems<MetricSnapshot> metrics = new();

    public TelemetryCapture(CaseFlowApp app)
    {
        this.app = app;
        app.Settings["Telemetry:Enabled"] = "true";
        app.TestServices.Add(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        });
    }

    public IReadOnlyList<Activity> Spans => spans.Snapshot();

    /// <summary>Counts the workload gauges now, collects every metric and returns what the exporter got.</summary>
    public async Task<IReadOnlyList<MetricSnapshot>> CollectMetricsAsync()
    {
        await app.Services.GetRequiredService<WorkloadGauges>().RefreshAsync(CancellationToken.None);
        metrics.Clear();
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "the metrics were not collected in time");
        return metrics.Snapshot();
    }

    /// <summary>
    /// Waits until the span <paramref name="find"/> looks for has been exported (MassTransit ends its receive spans just
    /// after the bus reports the message done) and returns it.
    /// </summary>
    public async Task<Activity> SpanAsync(Func<Activity, bool> find, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (Spans.FirstOrDefault(find) is { } span)
            {
                return span;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no span {what} among {Spans.Count} exported");
            await Task.Delay(20);
        }
    }
}
