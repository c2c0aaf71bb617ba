namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>
/// Telemetry test classes run one after another (listeners are process-wide, and one app's workload gauges at a time keep
/// the gauge values comparable with that app's database) and share one bFM walk-through.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TelemetryCollection : ICollectionFixture<TelemetryWalkthrough>
{
    public const string Name = "Telemetry";
}
