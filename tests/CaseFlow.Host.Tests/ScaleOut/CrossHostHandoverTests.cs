using Xunit.Abstractions;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.ScaleOut.ScaleOutSteps;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Host A takes the HTTP requests but consumes nothing (Messaging:ReceiveEndpoints=false); host B consumes. A message an
/// action on A publishes reaches the workflows only through RabbitMQ and B.
/// </summary>
public sealed class CrossHostHandoverTests(ITestOutputHelper output) : ScaleOutTest(output)
{
    private static readonly Dictionary<string, string?> PublishOnly = new() { ["Messaging__ReceiveEndpoints"] = "false" };

    [Fact]
    public async Task A_provider_confirmation_taken_on_a_host_without_consumers_moves_the_referral_through_the_other_host()
    {
        var b = await Cluster.StartHostAsync("B");
        var a = await Cluster.StartHostAsync("A", PublishOnly);
        var ifk = await a.SignInAsync("ifk.meyer");
        var fm = await a.SignInAsync("fm.schulz");
        var (caseId, instanceId) = await ReferralAwaitingProviderAsync(ifk, fm);

        // B is away: A's relay publishes the confirmation, but A itself has no consumer for it.
        await Cluster.QueuesDrainedAsync("the set-up's messages consumed");
        await b.KillAsync();
        var confirmed = await ActOkAsync(fm, caseId, "provider-confirm", new { note = "Zusage telefonisch" });
        Assert.Equal("Active", confirmed["state"]!.GetValue<string>());
        var (messageId, _) = await SingleOutboxRowAsync(Db, caseId, "HandoverConfirmed");
        await Cluster.EventuallyAsync(
            "A's relay publishes HandoverConfirmed (OutboxMessages.Status = Sent)",
            Delivery,
            async () => await Db.OutboxStatusAsync(messageId) == ScaleOutDatabase.Sent);
        await Cluster.EventuallyAsync(
            "the confirmation waits in a RabbitMQ queue for B",
            Delivery,
            async () => (await Cluster.Broker.QueuesAsync(Cluster.Vhost)).Sum(q => q.Ready) >= 1,
            () => QueuesTextAsync(Cluster.Broker, Cluster.Vhost));
        Assert.Equal(["Gateway_ProviderAnswer"], await WaitingAtAsync(fm, instanceId));
        Assert.Equal(0, await InboxRowsAsync(Db, messageId));

        await b.StartAsync();

        await Cluster.EventuallyAsync(
            "B delivers HandoverConfirmed: the instance leaves the provider's answer for reports and conferences",
            Delivery,
            async () => (await WaitingAtAsync(fm, instanceId)).SequenceEqual(["Catch_Report", "Timer_Conference"]),
            async () => string.Join(",", await WaitingAtAsync(fm, instanceId)));
        await Cluster.QueuesDrainedAsync("B consumed everything");
        Assert.Equal(1, (await InstanceJournalAsync(fm, instanceId)).Count(line => line == "message.received"));
        Assert.Equal(1, await InboxRowsAsync(Db, messageId));
        Assert.Equal(["Catch_Report", "Timer_Conference"], await WaitingAtAsync(fm, instanceId));
        await AssertConsistentAsync(b);
    }

    [Fact]
    public async Task A_waiver_taken_on_a_host_without_consumers_starts_the_recheck_workflow_through_the_other_host()
    {
        await Cluster.StartHostAsync("B");
        var a = await Cluster.StartHostAsync("A", PublishOnly);
        var ifk = await a.SignInAsync("ifk.meyer");
        var caseId = await DraftBfmCaseAsync(ifk);

        await WaiveAsync(ifk, caseId);

        await Cluster.EventuallyAsync(
            "B starts bfm-recheck for the waived case (message start event BfmWaived)",
            Delivery,
            async () => (await RecheckInstancesAsync(ifk, caseId)).Count > 0,
            async () => (await RecheckInstancesAsync(ifk, caseId)).ToJsonString());
        var (messageId, _) = await SingleOutboxRowAsync(Db, caseId, "BfmWaived");
        await Cluster.EventuallyAsync("the waiver is marked sent", Delivery, async () => await Db.OutboxStatusAsync(messageId) == ScaleOutDatabase.Sent);
        await Cluster.QueuesDrainedAsync("B consumed everything");
        var instance = Assert.Single(await RecheckInstancesAsync(ifk, caseId));
        Assert.Equal("bfm-recheck", instance!["definitionKey"]!.GetValue<string>());
        Assert.Equal(["Timer_SixMonths"], await WaitingAtAsync(ifk, instance["id"]!.GetValue<Guid>()));
        Assert.Equal(1, await InboxRowsAsync(Db, messageId));
        await AssertConsistentAsync(a);
    }
}
