using System.Collections.Concurrent;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>
/// Two hosts on one PostgreSQL database relay one outbox and dispatch one set of due timers at the same time:
/// the row claims (<c>FOR UPDATE SKIP LOCKED</c>) let each row go out exactly once.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlClaimTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private const int Rows = 500;
    private readonly CaseFlowApp first;
    private readonly CaseFlowApp second;

    public PostgreSqlClaimTests(PostgreSqlDatabase database)
    {
        first = PublishOnlyHost(database);
        second = PublishOnlyHost(database);
    }

    [Fact]
    public async Task Two_relays_publish_every_outbox_row_exactly_once()
    {
        var published = new ConcurrentBag<Guid>();
        var observer = new PublishedIds(published);
        first.Services.GetRequiredService<IBus>().ConnectPublishObserver(observer);
        second.Services.GetRequiredService<IBus>().ConnectPublishObserver(observer);
        var written = await first.InDatabaseAsync(async db =>
        {
            var outbox = new OutboxWriter(db, TimeProvider.System);
            var rows = Enumerable.Range(0, Rows)
                .Select(_ => outbox.Publish(new TaskCompleted(Guid.NewGuid(), Guid.NewGuid(), null, "fm.schulz", DateTime.UtcNow)).Id)
                .ToHashSet();
            await db.SaveChangesAsync();
            return rows;
        });

        await Task.WhenAll(RelayAllAsync(first), RelayAllAsync(second));

        // The class's other test shares the database and may have left rows of its own: count ours.
        var ours = published.Where(written.Contains).ToList();
        Assert.Equal((Rows, Rows), (ours.Count, ours.Distinct().Count()));
        Assert.Equal(Rows, await first.InDatabaseAsync(db => db.OutboxMessages.CountAsync(m => written.Contains(m.Id) && m.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task Two_timer_pollers_dispatch_every_due_timer_exactly_once()
    {
        var timerIds = await first.InDatabaseAsync(async db =>
        {
            var instance = new WorkflowInstance { DefinitionKey = "claims", DefinitionVersion = 1, StartedAt = DateTime.UtcNow, StartedBy = "test" };
            for (var i = 0; i < Rows; i++)
            {
                instance.Timers.Add(new WorkflowTimer { InstanceId = instance.Id, TokenId = Guid.NewGuid(), ElementId = "Timer", DueAt = DateTime.UtcNow.AddYears(-1) });
            }

            db.WorkflowInstances.Add(instance);
            await db.SaveChangesAsync();
            return instance.Timers.Select(t => t.Id).ToHashSet();
        });

        await Task.WhenAll(DispatchAllAsync(first), DispatchAllAsync(second));

        var dispatched = await first.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.MessageType == nameof(TimerDue)).Select(m => m.Payload).ToListAsync());
        var ids = dispatched.Select(p => System.Text.Json.JsonSerializer.Deserialize<TimerDue>(p, OutboxWriter.Json)!.TimerId).ToList();
        Assert.Equal(Rows, ids.Count);
        Assert.True(timerIds.SetEquals(ids));
    }

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    private static CaseFlowApp PublishOnlyHost(PostgreSqlDatabase database)
    {
        var app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);
        app.Settings["Messaging:ReceiveEndpoints"] = "false";
        _ = app.Services;
        return app;
    }

    private static async Task RelayAllAsync(CaseFlowApp app)
    {
        var relay = app.Services.GetRequiredService<OutboxRelay>();
        while (await app.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending)))
        {
            await relay.PublishPendingAsync(CancellationToken.None);
        }
    }

    private static async Task DispatchAllAsync(CaseFlowApp app)
    {
        var timers = app.Services.GetRequiredService<TimerDispatcher>();
        while (await timers.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    private sealed class PublishedIds(ConcurrentBag<Guid> ids) : IPublishObserver
    {
        public Task PostPublish<T>(PublishContext<T> context)
            where T : class
        {
            ids.Add(context.MessageId!.Value);
            return Task.CompletedTask;
        }

        public Task PrePublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
