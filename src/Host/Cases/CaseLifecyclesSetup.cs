using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Cases;

/// <summary>
/// Registers the case lifecycles with their configured rule sets (one <see cref="RuleBook"/>, reloaded with the
/// configuration), the clock and the Jobcenter's calendar (<see cref="CalendarSetup"/>).
/// </summary>
public static class CaseLifecyclesSetup
{
    public static IServiceCollection AddCaseFlowLifecycles(this IServiceCollection services, IConfiguration configuration)
    {
        var rules = RuleBook.Load(configuration);
        services.AddSingleton(rules);
        services.AddHostedService<RuleReload>();
        services.AddSingleton<ICaseLifecycle>(new BfmLifecycle(rules.Bfm));
        services.AddSingleton<ICaseLifecycle>(new OutreachLifecycle(rules.Outreach));
        services.AddSingleton<ICaseLifecycle>(new ReferralLifecycle(rules.Referral));
        services.AddSingleton<CaseLifecycles>();
        services.AddScoped<CaseList>();
        services.AddScoped<OutreachDueBackfill>();
        services.AddSingleton(TimeProvider.System);
        services.AddCaseFlowCalendar(configuration);
        return services;
    }
}
