using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Security.Fuzz;

/// <summary>
/// 10,000 generated hostile bodies and BPMN files across the write routes, each sent by a principal who may write there:
/// no answer is a server error (5xx), and no refused (4xx) request changed a row. The seed is fixed, so a failure
/// reproduces; <c>CASEFLOW_FUZZ_SEED</c> and <c>CASEFLOW_FUZZ_COUNT</c> replay or widen a run (docs/hardening.md).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : AppTest
{
    private const int DefaultSeed = 20261130;

    private const int DefaultCount = 10_000;

    [Fact]
    public async Task Ten_thousand_hostile_bodies_give_no_server_error_and_refused_ones_change_no_row()
    {
        var (seed, count) = (Setting("CASEFLOW_FUZZ_SEED", DefaultSeed), Setting("CASEFLOW_FUZZ_COUNT", DefaultCount));
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateEligibleCustomerAsync(ifk);
        var targets = FuzzTarget.All(customer, await CreateBfmCaseAsync(ifk, customer), await CreateBfmCaseAsync(ifk, await CreateCustomerAsync(ifk)));
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in targets.Select(t => t.UserName).Distinct())
        {
            clients[user] = await app.SignInAsync(user);
        }

        using var database = new DatabaseFingerprint(await app.InDatabaseAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
        var random = new Random(seed);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var (refused, bpmn) = (0, 0);
        database.Committed();
        await CreateCustomerAsync(ifk);
        Assert.True(database.Committed(), "the watch must see a commit of the app");
        var baseline = database.Content();
        for (var i = 0; i < count; i++)
        {
            var target = targets[random.Next(targets.Count)];
            bpmn += target.IsBpmn ? 1 : 0;
            var status = await SendAsync(clients[target.UserName], target, random, i);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"#{i} {target.Method} {target.Path}: {status}");
            }

            if (status is >= 400 and < 500)
            {
                refused++;
                if (database.Committed() && database.Content() != baseline)
                {
                    failures.Add($"#{i} {target.Method} {target.Path}: {status} but rows changed");
                    baseline = database.Content();
                }
            }
            else if (database.Committed())
            {
                baseline = database.Content();
            }
        }

        output.WriteLine($"fuzz seed {seed}: {count} requests ({bpmn} BPMN files), {refused} refused (4xx), "
            + $"statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}, {failures.Count} failures");
        Assert.True(count >= DefaultCount || Environment.GetEnvironmentVariable("CASEFLOW_FUZZ_COUNT") is not null);
        Assert.True(failures.Count == 0, $"seed {seed}: " + string.Join("\n", failures.Take(30)));
    }

    private static async Task<int> SendAsync(HttpClient client, FuzzTarget target, Random random, int index)
    {
        using var request = new HttpRequestMessage(target.Method, target.Path);
        var charset = random.Next(25) == 0 ? "; charset=utf-7" : random.Next(25) == 0 ? "; charset=us-ascii" : string.Empty;
        request.Content = target.IsBpmn
            ? new ByteArrayContent(HostileBpmn.Next(random, index))
            : new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(HostileBodies.Next(random, target.Json!)));
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse((target.IsBpmn ? "application/xml" : "application/json") + charset);
        try
        {
            using var response = await client.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return (int)HttpStatusCode.InternalServerError;
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
