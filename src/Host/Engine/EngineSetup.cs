using CaseFlow.Host.Cases;
using CaseFlow.Host.Messaging;

namespace CaseFlow.Host.Engine;

/// <summary>Registers the workflow engine's Host side: runner, task candidates, outbox, timer dispatcher and the background loop.</summary>
public static class EngineSetup
{
    public static IServiceCollection AddCaseFlowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Engine:PollInterval must be positive, e.g. 00:00:02.");
        }

        services.AddSingleton(options);
        services.AddSingleton<TaskCandidates>();
        services.AddScoped<CaseOutcomeWriter>();
        services.AddScoped<InstanceRunner>();
        services.AddScoped<InstanceAccess>();
        services.AddScoped<TaskGate>();
        services.AddSingleton<TimerDispatcher>();
        if (options.BackgroundProcessing)
        {
            services.AddHostedService<EngineBackgroundService>();
        }

        return services;
    }
}
