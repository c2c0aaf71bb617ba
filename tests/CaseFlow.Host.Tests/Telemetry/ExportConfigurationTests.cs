using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>Which exporters configuration turns on: none by default, OTLP by its endpoint variable, Prometheus by a setting.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class ExportConfigurationTests
{
    [Fact]
    public async Task Without_an_exporter_nothing_is_collected_and_no_metrics_endpoint_is_served()
    {
        using var app = new CaseFlowApp();

        var metrics = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_otlp_endpoint_traces_and_metrics_are_exported_to_it()
    {
        using var receiver = new OtlpReceiver();
        using var app = new CaseFlowApp();
        app.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint;
        app.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";

        var ifk = await app.SignInAsync("ifk.meyer");
        await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.Contains("POST /v1/traces application/x-protobuf", receiver.Received);
        Assert.Contains("POST /v1/metrics application/x-protobuf", receiver.Received);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public void Telemetry_switched_off_collects_nothing_even_with_an_otlp_endpoint()
    {
        using var app = new CaseFlowApp();
        app.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
        app.Settings["Telemetry:Enabled"] = "false";

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_prometheus_enabled_the_metrics_endpoint_serves_caseflow_metrics_and_no_traces_are_collected()
    {
        using var app = new CaseFlowApp();
        app.Settings["Telemetry:Prometheus:Enabled"] = "true";
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateCustomerAsync(ifk));
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(ifk, caseId, "refer", new { data = new { consent = true } })).StatusCode);

        var response = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE caseflow_case_actions_total counter", text);
        Assert.Contains(
            text.Split('\n'),
            line => line.StartsWith("caseflow_case_actions_total{", StringComparison.Ordinal) && line.Contains("caseflow_action_outcome=\"refused\""));
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        Assert.Null(app.Services.GetService<TracerProvider>());
    }
}
