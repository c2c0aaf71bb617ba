using CaseFlow.Host.Messaging;
using CaseFlow.Host.Tests.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Host.Tests.Messaging;

/// <summary>MassTransit's usage telemetry stays off: the Host turns it off and refuses to start when it is on.</summary>
public sealed class UsageTelemetryTests
{
    [Fact]
    public void A_started_host_has_masstransit_usage_telemetry_off()
    {
        using var app = new CaseFlowApp();

        var guard = app.Services.GetServices<IHostedService>().OfType<UsageTelemetryGuard>().Single();

        Assert.False(guard.TelemetryIsOn);
    }

    [Fact]
    public void A_host_whose_usage_telemetry_was_turned_back_on_refuses_to_start()
    {
        using var app = new CaseFlowApp();
        var started = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<UsageTelemetryOptions>(options => options.Enabled = true)));

        var refused = Assert.Throws<InvalidOperationException>(() => started.Services);

        Assert.Contains("MASSTRANSIT_USAGE_TELEMETRY", refused.Message);
    }
}
