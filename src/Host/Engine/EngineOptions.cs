using CaseFlow.Workflows.Engine;

namespace CaseFlow.Host.Engine;

/// <summary>The <c>Engine</c> configuration section.</summary>
public sealed class EngineOptions
{
    /// <summary>Whether this process polls due timers and pending messages in the background (tests drive them by hand).</summary>
    public bool BackgroundProcessing { get; set; } = true;

    /// <summary>How often the background loop looks for due timers and pending messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a message nobody waits for is kept for a later subscriber before it expires.</summary>
    public TimeSpan MessageTimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Queues (virtual employees such as <c>VM-U25-aB</c>) and the role whose members work them.</summary>
    public Dictionary<string, string> Queues { get; set; } = new(StringComparer.Ordinal) { ["VM-U25-aB"] = "ABPAP" };

    /// <summary>How often a host looks for provider reports past their agreed interval (the FM then gets a task).</summary>
    public TimeSpan ReportWatchInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Largest accepted variables object of a task completion, start or retry (bytes of JSON).</summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;

    /// <summary>Cap of one engine step: element executions (<c>Engine:MaxExecutionsPerStep</c>, default 1000).</summary>
    public int MaxExecutionsPerStep { get; set; } = StepLimits.Default.MaxExecutions;

    /// <summary>Cap of one engine step: tokens created by forks (<c>Engine:MaxTokensPerStep</c>, default 500).</summary>
    public int MaxTokensPerStep { get; set; } = StepLimits.Default.MaxNewTokens;

    /// <summary>Cap of one engine step: incidents raised (<c>Engine:MaxIncidentsPerStep</c>, default 20).</summary>
    public int MaxIncidentsPerStep { get; set; } = StepLimits.Default.MaxIncidents;

    public StepLimits StepLimits => new(MaxExecutionsPerStep, MaxTokensPerStep, MaxIncidentsPerStep);
}
