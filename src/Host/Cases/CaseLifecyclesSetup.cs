using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Cases;

/// <summary>Registers the case lifecycles with their configured rule sets.</summary>
public static class CaseLifecyclesSetup
{
    public static IServiceCollection AddCaseFlowLifecycles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ICaseLifecycle>(new BfmLifecycle(BfmRuleSetOptions.Load(configuration)));
        services.AddSingleton<ICaseLifecycle>(new OutreachLifecycle(OutreachRuleSetOptions.Load(configuration)));
        services.AddSingleton<ICaseLifecycle>(new ReferralLifecycle(ReferralRuleSetOptions.Load(configuration)));
        services.AddSingleton<CaseLifecycles>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
