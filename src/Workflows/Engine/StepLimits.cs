namespace CaseFlow.Workflows.Engine;

/// <summary>
/// The caps of one engine step (docs/hardening.md): element executions, tokens created by forks and incidents raised. A step
/// that hits one raises ONE incident naming the cap at the element it reached and stops the step's other moving tokens,
/// instead of writing thousands of rows in one request.
/// </summary>
public sealed record StepLimits(int MaxExecutions = 1000, int MaxNewTokens = 500, int MaxIncidents = 20)
{
    public static readonly StepLimits Default = new();
}
