namespace CaseFlow.Workflows.Bpmn;

public enum GatewayKind
{
    /// <summary>XOR: the first outgoing flow whose condition holds, else the default flow.</summary>
    Exclusive,

    /// <summary>AND: forks every outgoing flow; joins by waiting for every incoming flow.</summary>
    Parallel,

    /// <summary>Waits for the first of the following catch events (message or timer).</summary>
    EventBased,
}
