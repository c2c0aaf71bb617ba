namespace CaseFlow.Host.Messaging;

public enum MessagingTransport
{
    InMemory,
    RabbitMq,
}
