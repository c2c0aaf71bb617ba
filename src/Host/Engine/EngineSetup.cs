using CaseFlow.Host.Cases;
using CaseFlow.Host.Referrals;

namespace CaseFlow.Host.Engine;

/// <summary>Registers the workflow engine's Host side: runner, task candidates, case actions, access checks, the timer dispatcher and the rule change watch (the loop that runs them: <c>AddCaseFlowPolling</c>).</summary>
public static class EngineSetup
{
    public static IServiceCollection AddCaseFlowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Engine:PollInterval must be positive, e.g. 00:00:02.");
        }

        if (options.ReportWatchInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Engine:ReportWatchInterval must be positive, e.g. 00:15:00.");
        }

        services.AddSingleton(options);
        services.AddSingleton<TaskCandidates>();
        services.AddScoped<CaseOutcomeWriter>();
        services.AddScoped<CaseTimerRearming>();
        services.AddScoped<RuleTimerRearming>();
        services.AddSingleton<RuleChangeWatch>();
        services.AddSingleton<CalendarTimerCheck>();
        services.AddScoped<CaseActions>();
        services.AddScoped<ProviderAnswerFollowUps>();
        services.AddScoped<FollowUps.FollowUpInbox>();
        services.AddScoped<InstanceRunner>();
        services.AddScoped<CaseActionFollower>();
        services.AddScoped<BoundTaskCompletion>();
        services.AddScoped<StaleInstances>();
        services.AddScoped<InstanceAccess>();
        services.AddScoped<TaskGate>();
        services.AddScoped<TaskInbox>();
        services.AddSingleton<TimerDispatcher>();
        return services;
    }
}
