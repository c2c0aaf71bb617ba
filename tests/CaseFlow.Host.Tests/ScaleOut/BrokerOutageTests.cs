using System.Net;
using Xunit.Abstractions;
using static CaseFlow.Host.Tests.ScaleOut.ScaleOutSteps;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>RabbitMQ goes away and comes back: actions still succeed (the outbox keeps their messages), readiness says so, nothing is lost.</summary>
public sealed class BrokerOutageTests(ITestOutputHelper output) : ScaleOutTest(output)
{
    private const int Actions = 10;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Waivers_taken_while_rabbitmq_is_down_are_all_delivered_exactly_once_after_it_returns()
    {
        var a = await Cluster.StartHostAsync("A");
        var b = await Cluster.StartHostAsync("B");
        HttpClient[] ifks = [await a.SignInAsync("ifk.meyer"), await b.SignInAsync("ifk.meyer")];
        var cases = await DraftBfmCasesAsync(ifks, Actions);

        var brokerStopped = false;
        try
        {
            await Cluster.Broker.StopAppAsync();
            brokerStopped = true;

            for (var n = 0; n < Actions; n++)
            {
                await WaiveAsync(ifks[n % 2], cases[n]);
            }

            await Cluster.EventuallyAsync(
                "/health/ready answers 503 on both Hosts, naming the transport unhealthy and the database healthy",
                Outage,
                async () => await TransportUnhealthyAsync(a) && await TransportUnhealthyAsync(b),
                () => ReadinessTextAsync(a, b));
            var messages = new List<Guid>();
            foreach (var caseId in cases)
            {
                var (messageId, status) = await SingleOutboxRowAsync(Db, caseId, "BfmWaived");
                Assert.Equal(ScaleOutDatabase.Pending, status);
                Assert.Empty(await RecheckInstancesOfCaseAsync(Db, caseId));
                messages.Add(messageId);
            }

            await Cluster.Broker.StartAppAsync();
            brokerStopped = false;

            await Cluster.EventuallyAsync(
                "both Hosts reconnect by themselves: /health/ready answers 200",
                TimeSpan.FromSeconds(90),
                async () => (await a.ReadinessAsync()).Status == HttpStatusCode.OK && (await b.ReadinessAsync()).Status == HttpStatusCode.OK,
                () => ReadinessTextAsync(a, b));
            await Cluster.EventuallyAsync(
                $"all {Actions} waivers are sent and each case has its bfm-recheck instance",
                TimeSpan.FromSeconds(60),
                async () => await SentAsync(messages) == Actions && await CasesWithInstancesAsync(cases) == Actions,
                async () => $"{await SentAsync(messages)} sent, {await CasesWithInstancesAsync(cases)} cases with an instance");
            await Cluster.QueuesDrainedAsync("every waiver consumed");

            foreach (var (caseId, messageId) in cases.Zip(messages))
            {
                var instance = Assert.Single(await RecheckInstancesOfCaseAsync(Db, caseId));
                Assert.Equal("bfm-recheck", instance["DefinitionKey"]);
                Assert.Equal(1, await InboxRowsAsync(Db, messageId));
            }

            Assert.True(a.IsRunning && b.IsRunning, Cluster.Diagnostics());
            await AssertConsistentAsync(a);
        }
        finally
        {
            if (brokerStopped)
            {
                await Cluster.Broker.StartAppAsync();
            }
        }
    }

    private async Task<int> SentAsync(List<Guid> messages)
    {
        var sent = 0;
        foreach (var id in messages)
        {
            sent += await Db.OutboxStatusAsync(id) == ScaleOutDatabase.Sent ? 1 : 0;
        }

        return sent;
    }

    private async Task<int> CasesWithInstancesAsync(List<Guid> cases)
    {
        var with = 0;
        foreach (var caseId in cases)
        {
            with += (await RecheckInstancesOfCaseAsync(Db, caseId)).Count > 0 ? 1 : 0;
        }

        return with;
    }
}
