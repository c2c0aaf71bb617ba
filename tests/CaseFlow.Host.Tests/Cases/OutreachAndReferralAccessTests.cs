using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class OutreachAndReferralAccessTests : AppTest
{
    [Fact]
    public async Task Every_outreach_adviser_reads_a_queued_case_and_after_the_take_over_only_the_one_who_took_it()
    {
        var (caseId, _) = await QueuedOutreachCaseAsync(app);
        var kaya = await app.SignInAsync("ab.kaya");
        var roth = await app.SignInAsync("ab.roth");

        var queuedRead = await roth.GetAsync($"/api/cases/{caseId}");
        await ActOkAsync(kaya, caseId, "take-over");

        Assert.Equal(HttpStatusCode.OK, queuedRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await roth.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(roth, caseId, "activated")).StatusCode);
        Assert.Equal("Activation", (await GetCaseAsync(kaya, caseId))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_ifk_and_the_fm_side_see_nothing_of_an_outreach_case()
    {
        var (caseId, _) = await QueuedOutreachCaseAsync(app);

        foreach (var user in new[] { "ifk.braun", "fm.schulz", "fm.lead" })
        {
            var client = await app.SignInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/cases/{caseId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/cases/{caseId}/history")).StatusCode);
        }
    }

    [Fact]
    public async Task An_outreach_adviser_cannot_hand_over_and_an_ifk_cannot_take_over()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var kaya = await app.SignInAsync("ab.kaya");
        var caseId = await CreateCaseAsync(pap, await CreateCustomerAsync(pap, birthDate: U25BirthDate), "outreach");

        var openByAdviser = await OpenCaseAsync(kaya, Guid.NewGuid(), "outreach");
        await ActOkAsync(pap, caseId, "hand-over", new { data = new { form = "AB-Auftrag-Fallübergabe", handoverTalkHeld = true } });
        var takeOverByPap = await ActAsync(pap, caseId, "take-over");

        Assert.Equal(HttpStatusCode.Forbidden, openByAdviser.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, takeOverByPap.StatusCode);
    }

    [Fact]
    public async Task A_referral_is_read_by_the_supervisor_acted_on_by_the_deputy_and_hidden_from_others()
    {
        var (caseId, _) = await ReferralCaseAsync(app);
        var deputy = await app.SignInAsync("fm.wagner");
        var supervisor = await app.SignInAsync("fm.lead");
        var ifk = await app.SignInAsync("ifk.meyer");
        var adviser = await app.SignInAsync("ab.kaya");

        var byDeputy = await ActOkAsync(deputy, caseId, "refer", new { data = new { provider = "sb-nord", targetGroup = "Haftentlassene", voluntary = true } });

        Assert.Equal("AwaitingProvider", byDeputy["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(supervisor, caseId, "provider-confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ifk.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adviser.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }
}
