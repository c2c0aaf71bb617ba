using MassTransit;
using MassTransit.UsageTracking;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Messaging;

/// <summary>
/// Refuses to start the Host when MassTransit's usage telemetry is on. CaseFlow turns it off in code
/// (<c>DisableUsageTelemetry</c>), but MassTransit lets the environment variable <c>MASSTRANSIT_USAGE_TELEMETRY=true</c>
/// switch it back on; such a Host would report its versions, time zone and queue names to a server outside.
/// Registered before the bus, so it runs before the bus starts.
/// </summary>
public sealed class UsageTelemetryGuard(IUsageTracker tracker, IOptions<UsageTelemetryOptions> options) : IHostedService
{
    /// <summary>Whether MassTransit would report usage telemetry (the tracker has read the environment by now).</summary>
    public bool TelemetryIsOn => tracker is UsageTracker { Enabled: true } || options.Value.Enabled;

    public Task StartAsync(CancellationToken cancellationToken) =>
        TelemetryIsOn
            ? throw new InvalidOperationException(
                "MassTransit usage telemetry is on (MASSTRANSIT_USAGE_TELEMETRY?). CaseFlow sends no usage data: remove the variable or set it to false.")
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
