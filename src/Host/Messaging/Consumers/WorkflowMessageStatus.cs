namespace CaseFlow.Host.Messaging.Consumers;

public enum WorkflowMessageStatus
{
    /// <summary>Nobody waited for it yet; looked at again on every poll until it expires.</summary>
    Waiting,

    Delivered,

    Expired,
}
