using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Host.Messaging;

/// <summary>
/// Registers MassTransit on the configured transport with CaseFlow's outbox relay, inbox and consumers. All hosts
/// share one receive queue (<see cref="EngineQueue"/>): each message is consumed by one of them.
/// </summary>
public static class MessagingSetup
{
    /// <summary>The queue the engine's consumers read.</summary>
    public const string EngineQueue = "caseflow-engine";

    /// <summary>The name of the transport's entry in <c>/health/ready</c>.</summary>
    public const string HealthCheckName = "transport";

    /// <summary>The contracts this host's consumers take (each is consumed once, by one host).</summary>
    public static readonly IReadOnlyList<Type> ConsumedContracts = [.. MessageContracts.Correlated, typeof(TimerDue)];

    public static IServiceCollection AddCaseFlowMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
        if (options.PublishTimeout <= TimeSpan.Zero || options.RetryIntervals.Any(i => i < TimeSpan.Zero) || options.RetainProcessedFor < TimeSpan.FromDays(1))
        {
            throw new InvalidOperationException(
                "Messaging:PublishTimeout must be positive, Messaging:RetryIntervals not negative and Messaging:RetainProcessedFor at least one day.");
        }

        services.AddSingleton(options);
        services.AddScoped<OutboxWriter>();
        services.AddScoped<Inbox>();
        services.AddScoped<WorkflowMailbox>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<MailboxPoller>();
        services.AddSingleton<MessageHousekeeping>();
        services.AddHostedService<UsageTelemetryGuard>();
        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = HealthCheckName;
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
            });
            if (options.ReceiveEndpoints)
            {
                foreach (var contract in MessageContracts.Correlated)
                {
                    bus.AddConsumer(typeof(CorrelatedMessageConsumer<>).MakeGenericType(contract));
                }

                bus.AddConsumer<TimerDueConsumer>();
            }

            if (options.Transport == MessagingTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    var broker = options.RabbitMq;
                    rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                    {
                        host.Username(broker.Username);
                        host.Password(broker.Password);
                    });
                    ConfigureEngineQueue(context, rabbit, options, endpoint =>
                    {
                        if (broker.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator queue)
                        {
                            queue.SetQuorumQueue();
                        }
                    });
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => ConfigureEngineQueue(context, memory, options, _ => { }));
            }
        });
        return services;
    }

    private static void ConfigureEngineQueue(
        IBusRegistrationContext context, IBusFactoryConfigurator bus, MessagingOptions options, Action<IReceiveEndpointConfigurator> transport)
    {
        if (!options.ReceiveEndpoints)
        {
            return;
        }

        bus.ReceiveEndpoint(EngineQueue, endpoint =>
        {
            transport(endpoint);
            endpoint.UseMessageRetry(retry => retry.Intervals(options.RetryIntervals));
            endpoint.ConfigureConsumers(context);
        });
    }
}
