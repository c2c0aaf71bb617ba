namespace CaseFlow.Host.Telemetry;

/// <summary>The attribute names CaseFlow puts on its spans and metrics: ids, model names and outcomes only.</summary>
public static class CaseFlowTags
{
    public const string CaseId = "caseflow.case.id";
    public const string CaseKind = "caseflow.case.kind";
    public const string Action = "caseflow.action.name";
    public const string Outcome = "caseflow.action.outcome";
    public const string InstanceId = "caseflow.instance.id";
    public const string WorkflowKey = "caseflow.workflow.key";
    public const string WorkflowVersion = "caseflow.workflow.version";
    public const string MessageName = "caseflow.message.name";
    public const string TimerId = "caseflow.timer.id";

    /// <summary>How many due timers one dispatch round found.</summary>
    public const string TimerCount = "caseflow.timers.count";

    /// <summary>The bus message id (OpenTelemetry messaging convention).</summary>
    public const string MessageId = "messaging.message.id";
}
