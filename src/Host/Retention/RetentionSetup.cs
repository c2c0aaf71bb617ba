using CaseFlow.Host.Engine;

namespace CaseFlow.Host.Retention;

/// <summary>
/// Registers retention: the checked <see cref="RetentionOptions"/>, the planner, the runner, the export, the legal holds
/// and, unless <c>Retention:Enabled</c> or <c>Engine:BackgroundProcessing</c> is false, the daily <see cref="RetentionJob"/>.
/// </summary>
public static class RetentionSetup
{
    public static IServiceCollection AddCaseFlowRetention(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Retention").Get<RetentionOptions>() ?? new RetentionOptions();
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("The retention configuration is invalid (docs/retention.md): " + string.Join(" ", problems));
        }

        services.AddSingleton(options);
        services.AddScoped<RetentionPlanner>();
        services.AddScoped<CaseAnonymiser>();
        services.AddScoped<CustomerAnonymiser>();
        services.AddSingleton<RetentionRunner>();
        services.AddScoped<LegalHoldBook>();
        services.AddScoped<CustomerExport>();
        var engine = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (options.Enabled && engine.BackgroundProcessing)
        {
            services.AddHostedService<RetentionJob>();
        }

        return services;
    }
}
