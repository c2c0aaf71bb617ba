using CaseFlow.Host.Contacts;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Referrals;

namespace CaseFlow.Host.Polling;

/// <summary>
/// Registers the overdue-report watch and, unless <c>Engine:BackgroundProcessing</c> is false, the <see cref="DueWorkPoller"/>
/// that runs it with the timers, the outbox relay, the mailbox and the housekeeping. After <c>AddCaseFlowEngine</c>, which
/// checks the <c>Engine</c> section.
/// </summary>
public static class PollingSetup
{
    public static IServiceCollection AddCaseFlowPolling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ReportOverdueWatch>();
        services.AddSingleton<ContactDueRefresh>();
        services.AddSingleton<ContactDueWatch>();
        var engine = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (engine.BackgroundProcessing)
        {
            services.AddHostedService<DueWorkPoller>();
        }

        return services;
    }
}
