using System.Diagnostics;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench;

/// <summary>
/// The outbox path on the in-memory bus: how fast the relay drains the rows the engine cycle wrote, and how fast
/// correlated messages go from outbox row to consumed (inbox + mailbox row committed).
/// </summary>
internal sealed class MessagingBench(IServiceProvider services)
{
    /// <summary>Publishes every pending row; returns (rows, elapsed).</summary>
    public async Task<(int Rows, TimeSpan Elapsed)> DrainOutboxAsync()
    {
        var clock = Stopwatch.StartNew();
        var rows = await services.GetRequiredService<OutboxRelay>().PublishAllPendingAsync(CancellationToken.None);
        return (rows, clock.Elapsed);
    }

    /// <summary>Writes <paramref name="count"/> correlated messages nobody waits for, relays them and waits until all are consumed.</summary>
    public async Task<TimeSpan> CorrelateAsync(int count)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            for (var i = 0; i < count; i++)
            {
                outbox.Publish(new WorkflowMessage("BenchPing", Guid.NewGuid().ToString(), null, null, "bench"));
            }

            await scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        await DrainOutboxAsync();
        while (await CountAsync() < count)
        {
            await Task.Delay(5);
        }

        return clock.Elapsed;
    }

    public static Task StartBusAsync(IServiceProvider services) =>
        services.GetRequiredService<IBusControl>().StartAsync(CancellationToken.None);

    private async Task<int> CountAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().WorkflowMessages.CountAsync(m => m.Name == "BenchPing");
    }
}
