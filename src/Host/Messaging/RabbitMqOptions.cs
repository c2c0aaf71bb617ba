namespace CaseFlow.Host.Messaging;

/// <summary>The <c>Messaging:RabbitMq</c> configuration section.</summary>
public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Declare the receive queue as a quorum queue (replicated on a cluster, durable on one node).</summary>
    public bool QuorumQueues { get; set; } = true;
}
