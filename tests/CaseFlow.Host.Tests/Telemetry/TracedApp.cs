using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>One CaseFlow with telemetry on and an in-memory exporter, shared by a test class.</summary>
public sealed class TracedApp : IDisposable
{
    public TracedApp() => Capture = new TelemetryCapture(App);

    public CaseFlowApp App { get; } = new();

    public TelemetryCapture Capture { get; }

    public void Dispose() => App.Dispose();
}
