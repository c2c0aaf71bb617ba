namespace CaseFlow.Host.Messaging.Outbox;

public enum OutboxStatus
{
    /// <summary>Written, not yet taken by the broker.</summary>
    Pending,

    /// <summary>The broker took it.</summary>
    Sent,
}
