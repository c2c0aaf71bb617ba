using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;

namespace CaseFlow.Host.Cases;

/// <summary>Registers the case lifecycles with their configured rule sets.</summary>
public static class CaseLifecyclesSetup
{
    public static IServiceCollection AddCaseFlowLifecycles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ICaseLifecycle>(new BfmLifecycle(BfmRuleSetOptions.Load(configuration)));
        services.AddSingleton<CaseLifecycles>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
