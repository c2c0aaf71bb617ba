using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class CaseAccessTests : AppTest
{
    [Fact]
    public async Task Another_ifk_sees_nothing_of_the_case()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var braun = await app.SignInAsync("ifk.braun");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        Assert.Equal(HttpStatusCode.Forbidden, (await braun.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await braun.GetAsync($"/api/cases/{caseId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await braun.GetAsync($"/api/cases/{caseId}/diagram")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(braun, caseId, "refer", new { data = new { consent = true } })).StatusCode);
        Assert.Equal("Draft", (await GetCaseAsync(ifk, caseId))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_fm_sees_a_case_waiting_for_intake_but_not_a_draft()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var draft = await fm.GetAsync($"/api/cases/{caseId}");
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        var referred = await fm.GetAsync($"/api/cases/{caseId}");

        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
    }

    [Fact]
    public async Task The_deputy_acts_for_the_fm_the_supervisor_only_reads_and_outreach_sees_nothing()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });
        var deputy = await app.SignInAsync("fm.wagner");
        var supervisor = await app.SignInAsync("fm.lead");
        var outreach = await app.SignInAsync("ab.kaya");

        var byDeputy = await ActOkAsync(deputy, caseId, "complete-assessment");
        var supervisorRead = await supervisor.GetAsync($"/api/cases/{caseId}");
        var supervisorAct = await ActAsync(supervisor, caseId, "revise-plan");

        Assert.Equal("Planning", byDeputy["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, supervisorRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supervisorAct.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outreach.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }
}
