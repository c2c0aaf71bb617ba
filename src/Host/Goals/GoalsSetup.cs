using CaseFlow.Workflows.Goals;

namespace CaseFlow.Host.Goals;

/// <summary>The resource area catalogue from <c>Goals:ResourceAreas</c> (the nine defaults when not configured) and the goal service.</summary>
public static class GoalsSetup
{
    public const string Section = "Goals:ResourceAreas";

    public static IServiceCollection AddCaseFlowGoals(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration.GetSection(Section).GetChildren()
            .Select(area => new ResourceArea(area["Id"] ?? string.Empty, area["Name"] ?? string.Empty))
            .ToList();
        services.AddSingleton(ResourceAreaCatalogue.Of(configured));
        services.AddScoped<GoalService>();
        return services;
    }
}
