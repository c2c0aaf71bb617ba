using CaseFlow.Workflows.Access;

namespace CaseFlow.Workflows.Engine;

/// <summary>The actor of steps no person caused (timers, messages).</summary>
public static class EngineActors
{
    public const string SystemUserName = "caseflow.engine";

    public static readonly Actor System = new(SystemUserName, new HashSet<string>(), new HashSet<string>());
}
