using CaseFlow.Host.Messaging;
using MassTransit;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// Counts the messages published for this host's consumers and the messages its receive endpoint finished (consumed
/// or faulted after its retries), so a test can wait until the in-memory bus has nothing in flight.
/// </summary>
public sealed class BusFlow : IPublishObserver, IReceiveObserver
{
    private static readonly HashSet<Type> Consumed = [.. MessagingSetup.ConsumedContracts];
    private int published;
    private int finished;
    private int consumeFaults;

    /// <summary>How often a consumer threw (each failed attempt counts, retried or not).</summary>
    public int ConsumeFaults => Volatile.Read(ref consumeFaults);

    public async Task WaitUntilIdleAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Volatile.Read(ref finished) < Volatile.Read(ref published))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The bus did not finish: {published} published for the engine queue, {finished} finished.");
            }

            await Task.Delay(5);
        }
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        if (Consumed.Contains(typeof(T)))
        {
            Interlocked.Increment(ref published);
        }

        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        Interlocked.Increment(ref consumeFaults);
        return Task.CompletedTask;
    }
}
