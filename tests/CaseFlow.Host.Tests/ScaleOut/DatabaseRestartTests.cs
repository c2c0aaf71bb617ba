using System.Net;
using Xunit.Abstractions;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.ScaleOut.ScaleOutSteps;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// PostgreSQL stopped and started while hand-overs run on two Hosts (bFM waivers: the case, its journal and the
/// <c>BfmWaived</c> outbox row commit together; the other Host starts bfm-recheck): what was acknowledged is delivered
/// exactly once, what was refused left nothing behind, the Hosts keep running, and the consistency check holds.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output) : ScaleOutTest(output)
{
    private const int Actions = 12;
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Hand_overs_around_a_database_restart_are_delivered_exactly_once_and_nothing_is_lost()
    {
        var a = await Cluster.StartHostAsync("A");
        var b = await Cluster.StartHostAsync("B");
        HttpClient[] ifks = [await a.SignInAsync("ifk.meyer"), await b.SignInAsync("ifk.meyer")];
        var cases = await DraftBfmCasesAsync(ifks, Actions);

        var acknowledged = new HashSet<Guid>();
        var serverDown = false;
        try
        {
            var waivers = Task.Run(async () =>
            {
                for (var n = 0; n < Actions; n++)
                {
                    if (await TryWaiveAsync(ifks[n % 2], cases[n]))
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(cases[n]);
                        }
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(400));
                }
            });
            await Task.Delay(TimeSpan.FromSeconds(1));
            await PostgreSqlServer.StopAsync();
            serverDown = true;
            await Task.Delay(Down);
            await PostgreSqlServer.StartAsync();
            serverDown = false;
            await waivers;
        }
        finally
        {
            if (serverDown)
            {
                await PostgreSqlServer.StartAsync();
            }
        }

        var duringFault = acknowledged.Count;
        await Cluster.EventuallyAsync(
            "once the database is back, every waiver refused during the outage is taken on retry",
            TimeSpan.FromSeconds(90),
            async () =>
            {
                foreach (var caseId in cases.Where(c => !acknowledged.Contains(c)).ToList())
                {
                    if (await TryWaiveAsync(ifks[0], caseId) || await IsWaivedAsync(ifks[0], caseId))
                    {
                        acknowledged.Add(caseId);
                    }
                }

                return acknowledged.Count == Actions;
            },
            () => Task.FromResult($"{acknowledged.Count} of {Actions} waived"));
        await Cluster.EventuallyAsync(
            "every waiver is sent once and each case has its bfm-recheck instance",
            TimeSpan.FromSeconds(90),
            async () => await DeliveredAsync(cases) == Actions,
            async () => $"{await DeliveredAsync(cases)} of {Actions} delivered");
        await Cluster.QueuesDrainedAsync("every waiver consumed");

        foreach (var caseId in cases)
        {
            var (messageId, _) = await SingleOutboxRowAsync(Db, caseId, "BfmWaived");
            Assert.Single(await RecheckInstancesOfCaseAsync(Db, caseId));
            Assert.Equal(1, await InboxRowsAsync(Db, messageId));
        }

        Assert.True(a.IsRunning && b.IsRunning, Cluster.Diagnostics());
        await AssertConsistentAsync(a);
        Output.WriteLine($"database restart: {duringFault} of {Actions} waivers acknowledged while the server stopped and started, "
            + $"{Actions - duringFault} refused and taken on retry, 0 lost, 0 duplicated");
    }

    private static async Task<bool> TryWaiveAsync(HttpClient ifk, Guid caseId)
    {
        try
        {
            var response = await ActAsync(ifk, caseId, "waive", new { reason = "Kundin beginnt eine Qualifizierung" });
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<bool> IsWaivedAsync(HttpClient ifk, Guid caseId)
    {
        var response = await ifk.GetAsync($"/api/cases/{caseId}");
        return response.StatusCode == HttpStatusCode.OK && (await ReadAsync(response))["state"]!.GetValue<string>() == "Waived";
    }

    private async Task<int> DeliveredAsync(List<Guid> cases)
    {
        var delivered = 0;
        foreach (var caseId in cases)
        {
            var rows = await OutboxRowsAsync(Db, caseId, "BfmWaived");
            var sent = rows.Count == 1 && ScaleOutDatabase.StatusName(rows[0]["Status"]) == ScaleOutDatabase.Sent;
            delivered += sent && (await RecheckInstancesOfCaseAsync(Db, caseId)).Count > 0 ? 1 : 0;
        }

        return delivered;
    }
}
