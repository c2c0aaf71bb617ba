namespace CaseFlow.Host.Messaging;

public enum OutboxStatus
{
    Pending,
    Delivered,
    Expired,
}
