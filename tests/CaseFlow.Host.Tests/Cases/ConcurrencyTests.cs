using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class ConcurrencyTests : AppTest
{
    [Fact]
    public async Task Two_simultaneous_actions_on_one_case_give_one_200_and_one_409_every_time()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var schulz = await app.SignInAsync("fm.schulz");
        var wagner = await app.SignInAsync("fm.wagner");
        for (var round = 0; round < 5; round++)
        {
            var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
            await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
            await ActOkAsync(schulz, caseId, "accept", new { data = new { workingAlliance = true } });

            // The main FM and her deputy both keep access whoever wins, so the loser's answer is about the race alone.
            var responses = await Task.WhenAll(
                ActAsync(schulz, caseId, "complete-assessment"),
                ActAsync(wagner, caseId, "complete-assessment"));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var after = await GetCaseAsync(schulz, caseId);
            Assert.Equal(3, after["version"]!.GetValue<int>());
            Assert.Equal(4, (await ReadArrayAsync(await schulz.GetAsync($"/api/cases/{caseId}/history"))).Count);
        }
    }

    [Fact]
    public async Task An_action_sent_with_a_stale_version_is_409_with_the_current_version()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        var fm = await app.SignInAsync("fm.schulz");

        var response = await ActAsync(fm, caseId, "accept", new { version = 0, data = new { workingAlliance = true } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, (await ReadAsync(response))["currentVersion"]!.GetValue<int>());
        Assert.Equal("Referred", (await GetCaseAsync(ifk, caseId))["state"]!.GetValue<string>());
    }
}
