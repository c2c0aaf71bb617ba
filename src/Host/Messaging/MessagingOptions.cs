namespace CaseFlow.Host.Messaging;

/// <summary>The <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    /// <summary><c>InMemory</c> (one process, the default) or <c>RabbitMq</c> (several hosts).</summary>
    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Whether this host consumes messages; false makes a host that only serves the API and relays its outbox.</summary>
    public bool ReceiveEndpoints { get; set; } = true;

    /// <summary>How long the relay waits for the broker to take one message before it tries again next round.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a dispatched timer may stay unfired before a poller dispatches it again (its message was lost to the error queue).</summary>
    public TimeSpan TimerRedispatchAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long sent outbox rows and inbox records are kept (longer than any redelivery can take).</summary>
    public TimeSpan RetainProcessedFor { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Pauses between the consumer's attempts at one message; after the last one it goes to the error queue.</summary>
    public TimeSpan[] RetryIntervals { get; set; } =
        [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];
}
