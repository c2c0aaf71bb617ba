using Xunit.Abstractions;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.ScaleOut.ScaleOutSteps;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Crashes around the outbox: a Host killed (SIGKILL) after the action committed but before its relay published, and a
/// relay that published but died before it marked the row sent (the same message id goes out twice).
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : ScaleOutTest(output)
{
    [Fact]
    public async Task A_message_committed_before_a_kill_is_published_after_the_restart_and_its_redelivery_changes_nothing()
    {
        var a = await Cluster.StartHostAsync("A", new Dictionary<string, string?> { ["Engine__BackgroundProcessing"] = "false" });
        var ifk = await a.SignInAsync("ifk.meyer");
        var caseId = await DraftBfmCaseAsync(ifk);

        // The waiver commits with its outbox row; A's relay is off, so nothing publishes it.
        await WaiveAsync(ifk, caseId);
        var (messageId, status) = await SingleOutboxRowAsync(Db, caseId, "BfmWaived");
        Assert.Equal(ScaleOutDatabase.Pending, status);
        Assert.Empty(await RecheckInstancesOfCaseAsync(Db, caseId));

        await a.KillAsync();
        Assert.False(a.IsRunning);
        Assert.Equal(ScaleOutDatabase.Pending, await Db.OutboxStatusAsync(messageId));

        // B joins; A comes back with its relay on: the pending row goes out and starts bfm-recheck once.
        var b = await Cluster.StartHostAsync("B");
        await a.RestartAsync(new Dictionary<string, string?> { ["Engine__BackgroundProcessing"] = "true" });
        await a.WaitReadyAsync();
        await Cluster.EventuallyAsync(
            "the waiver is published after the restart and bfm-recheck starts",
            Delivery,
            async () => (await RecheckInstancesOfCaseAsync(Db, caseId)).Count > 0 && await Db.OutboxStatusAsync(messageId) == ScaleOutDatabase.Sent,
            async () => $"outbox status {await Db.OutboxStatusAsync(messageId)}, instances {(await RecheckInstancesOfCaseAsync(Db, caseId)).Count}");
        await Cluster.QueuesDrainedAsync("the waiver consumed");

        var instance = Assert.Single(await RecheckInstancesOfCaseAsync(Db, caseId));
        var instanceId = (Guid)instance["Id"]!;
        Assert.Equal("bfm-recheck", instance["DefinitionKey"]);
        Assert.Equal(["Timer_SixMonths"], await WaitingAtAsync(ifk, instanceId));
        Assert.Equal(1, await InboxRowsAsync(Db, messageId));
        var before = await SnapshotAsync(caseId, instanceId, messageId);

        // A relay that published but died before marking the row: the row is pending again, the same message id goes out again.
        Assert.Equal(1, await Db.MarkOutboxPendingAgainAsync(messageId));
        await Cluster.EventuallyAsync(
            "a relay publishes the row again and marks it sent",
            Delivery,
            async () => await Db.OutboxStatusAsync(messageId) == ScaleOutDatabase.Sent);
        await Cluster.QueuesDrainedAsync("the duplicate consumed, nothing in an error queue");

        Assert.Equal(before, await SnapshotAsync(caseId, instanceId, messageId));
        Assert.True(b.IsRunning && a.IsRunning, Cluster.Diagnostics());
        await AssertConsistentAsync(a);
    }

    /// <summary>What a second delivery must not change: instances, their version and journal, the case's journal, the inbox.</summary>
    private async Task<string> SnapshotAsync(Guid caseId, Guid instanceId, Guid messageId)
    {
        var instances = await InstancesOfCaseAsync(Db, caseId);
        var versions = string.Join(",", instances.Select(i => $"{i["Id"]}:{i["Status"]}:v{i["Version"]}"));
        return $"instances [{versions}], instance journal {await JournalCountAsync(Db, "instance", instanceId)}, "
            + $"case journal {await JournalCountAsync(Db, "case", caseId)}, inbox rows {await InboxRowsAsync(Db, messageId)}, "
            + $"timers {await Db.CountAsync("""SELECT COUNT(*) FROM "WorkflowTimers" WHERE "InstanceId" = @id""", ("id", instanceId))}";
    }
}
