using System.Net;
using System.Text.Json;
using CaseFlow.Host.Messaging;
using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Messaging;

/// <summary>The transactional outbox, the relay and the idempotent consumers, on SQLite with the in-memory bus.</summary>
public sealed class OutboxAndInboxTests : AppTest
{
    [Fact]
    public async Task A_case_action_writes_its_messages_with_its_state_change_and_a_refused_action_writes_none()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        await app.ProcessEngineAsync();
        var before = await OutboxTypesAsync();

        await ActOkAsync(fm, caseId, "provider-confirm", new { note = "Zusage" });
        var afterConfirm = await OutboxTypesAsync();
        var refused = await ActAsync(fm, caseId, "provider-confirm", new { note = "noch einmal" });

        Assert.Equal(
            [nameof(CaseTransitioned), nameof(HandoverConfirmed)],
            afterConfirm.Skip(before.Count).Order());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(afterConfirm, await OutboxTypesAsync());
        var confirmed = await app.InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.MessageType == nameof(HandoverConfirmed)));
        Assert.Equal(OutboxStatus.Pending, confirmed.Status);

        await app.ProcessEngineAsync();

        Assert.True(await app.InDatabaseAsync(db => db.OutboxMessages.AllAsync(m => m.Status == OutboxStatus.Sent && m.SentAt != null)));
        var delivered = await app.InDatabaseAsync(db => db.WorkflowMessages.SingleAsync(m => m.Id == confirmed.Id));
        Assert.Equal((WorkflowMessageStatus.Delivered, caseId.ToString()), (delivered.Status, delivered.CorrelationKey));
    }

    [Fact]
    public async Task A_redelivered_message_changes_nothing_the_second_time()
    {
        var (caseId, instanceId, fm) = await AwaitingProviderAsync(app);
        await ActOkAsync(fm, caseId, "provider-confirm", new { note = "Zusage" });
        await app.ProcessEngineAsync();
        var confirmed = await app.InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.MessageType == nameof(HandoverConfirmed)));
        var before = await SnapshotAsync(fm, caseId, instanceId);
        Assert.Equal(["Catch_Report", "Timer_Conference"], before.WaitingAt);

        // The host crashed after the broker took the message but before the row was marked: it is published again, same id.
        await MarkPendingAsync(confirmed.Id);
        await app.ProcessEngineAsync();

        Assert.Equal(OutboxStatus.Sent, (await app.InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == confirmed.Id))).Status);
        Assert.Equal(before, await SnapshotAsync(fm, caseId, instanceId));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == confirmed.Id)));
        Assert.Equal(0, app.ConsumeFaults);
    }

    [Fact]
    public async Task A_due_timer_is_dispatched_once_and_a_redelivered_timer_message_fires_nothing()
    {
        var (caseId, instanceId, fm) = await AwaitingProviderAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(15));

        await app.ProcessEngineAsync();
        await app.ProcessEngineAsync();

        var timerMessages = await app.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.MessageType == nameof(TimerDue)).ToListAsync());
        var timerDue = Assert.Single(timerMessages);
        var before = await SnapshotAsync(fm, caseId, instanceId);
        Assert.Contains("Task_Remind", before.WaitingAt);

        await MarkPendingAsync(timerDue.Id);
        await app.ProcessEngineAsync();

        Assert.Equal(before, await SnapshotAsync(fm, caseId, instanceId));
        var due = JsonSerializer.Deserialize<TimerDue>(timerDue.Payload, OutboxWriter.Json)!;
        Assert.Equal(instanceId, due.InstanceId);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == timerDue.Id)));
        Assert.Equal(0, app.ConsumeFaults);
    }

    [Fact]
    public async Task Messages_carry_ids_and_the_minimum_data_never_the_customers_details()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var customer = await ReadAsync(await ifk.GetAsync($"/api/customers/{customerId}"));
        var caseId = await CreateBfmCaseAsync(ifk, customerId);
        await InstanceOfAsync(ifk, caseId, "bfm-referral");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "accept", workingAlliance = true });
        await app.ProcessEngineAsync();

        var payloads = await app.InDatabaseAsync(db => db.OutboxMessages.Select(m => m.Payload).ToListAsync());
        var types = await OutboxTypesAsync();

        Assert.Contains(nameof(TaskAssigned), types);
        Assert.Contains(nameof(TaskCompleted), types);
        Assert.Contains(nameof(CaseTransitioned), types);
        var secrets = new[] { customer["customerNumber"]!.GetValue<string>(), customer["birthDate"]!.GetValue<string>(), customerId.ToString() };
        foreach (var payload in payloads)
        {
            Assert.DoesNotContain(secrets, payload.Contains);
            Assert.DoesNotContain("consent", payload, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Housekeeping_deletes_sent_rows_and_inbox_records_after_the_retention_and_keeps_pending_ones()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        await ActOkAsync(fm, caseId, "provider-confirm", new { note = "Zusage" });
        await app.ProcessEngineAsync();
        var housekeeping = app.Services.GetRequiredService<MessageHousekeeping>();
        Assert.Equal(0, await housekeeping.DeleteProcessedAsync(CancellationToken.None));

        app.Clock.Advance(TimeSpan.FromDays(15));
        await ActOkAsync(fm, caseId, "report", new { data = new { summary = "Termine wahrgenommen", attendance = "regular" } });
        var deleted = await housekeeping.DeleteProcessedAsync(CancellationToken.None);

        Assert.True(deleted > 0);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.InboxMessages.CountAsync()));
        var left = await app.InDatabaseAsync(db => db.OutboxMessages.Select(m => new { m.MessageType, m.Status }).ToListAsync());
        Assert.All(left, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        Assert.Contains(left, m => m.MessageType == nameof(ProviderReportReceived));
    }

    private async Task<List<string>> OutboxTypesAsync() =>
        await app.InDatabaseAsync(db => db.OutboxMessages.OrderBy(m => m.CreatedAt).Select(m => m.MessageType).ToListAsync());

    private async Task MarkPendingAsync(Guid messageId) =>
        await app.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.Id == messageId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Pending)));

    /// <summary>Everything a second delivery must leave as it was.</summary>
    private async Task<Snapshot> SnapshotAsync(HttpClient client, Guid caseId, Guid instanceId)
    {
        var instance = await InstanceAsync(client, instanceId);
        var history = await HistoryAsync(client, caseId);
        var counts = await app.InDatabaseAsync(async db => (
            Journal: await db.Journal.CountAsync(),
            Tasks: await db.HumanTasks.CountAsync(),
            Mailbox: await db.WorkflowMessages.CountAsync(),
            Version: (await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId)).Version));
        return new Snapshot(
            string.Join(",", await WaitingAtAsync(client, instanceId)).Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            instance["status"]!.GetValue<string>(),
            history.Count,
            counts.Journal,
            counts.Tasks,
            counts.Mailbox,
            counts.Version);
    }

    private sealed record Snapshot(List<string> WaitingAt, string Status, int History, int Journal, int Tasks, int Mailbox, int Version)
    {
        public bool Equals(Snapshot? other) =>
            other is not null && WaitingAt.SequenceEqual(other.WaitingAt)
            && (Status, History, Journal, Tasks, Mailbox, Version) == (other.Status, other.History, other.Journal, other.Tasks, other.Mailbox, other.Version);

        public override int GetHashCode() => HashCode.Combine(Status, History, Journal, Tasks, Mailbox, Version);
    }
}
