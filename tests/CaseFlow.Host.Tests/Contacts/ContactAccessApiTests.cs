using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>
/// Who records and reads contacts: the responsible IFK, the FM of a bFM case in case management and her deputy, the aB-pAp of a
/// running outreach case; FM supervisors only read; other staff 403, an unknown customer 404, providers never (401).
/// </summary>
public sealed class ContactAccessApiTests : AppTest
{
    [Fact]
    public async Task The_fm_of_the_bfm_case_and_her_deputy_record_contacts_and_the_supervisor_only_reads_them()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);
        var customerId = (await GetCaseAsync(ifk, caseId))["customerId"]!.GetValue<Guid>();
        var deputy = await app.SignInAsync("fm.wagner");
        var lead = await app.SignInAsync("fm.lead");
        var now = app.Clock.GetUtcNow();

        await RecordOkAsync(fm, customerId, now.AddHours(-1), "fallmanagement");
        await RecordOkAsync(deputy, customerId, now.AddHours(-2), "fallmanagement", "phone");
        var byLead = await RecordAsync(lead, customerId, now.AddHours(-3));

        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        Assert.Equal(2, (await ListAsync(lead, customerId)).Total);
        Assert.Equal(2, (await ListAsync(ifk, customerId)).Total);
    }

    [Fact]
    public async Task The_aB_pAp_who_took_over_a_running_outreach_case_records_contacts_and_another_aB_pAp_cannot()
    {
        var (caseId, pap) = await QueuedOutreachCaseAsync(app);
        var kaya = await app.SignInAsync("ab.kaya");
        var roth = await app.SignInAsync("ab.roth");
        await ActOkAsync(kaya, caseId, "take-over");
        var customerId = (await GetCaseAsync(pap, caseId))["customerId"]!.GetValue<Guid>();
        var at = app.Clock.GetUtcNow().AddHours(-1);

        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(kaya, customerId, at, "angebotU25")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(roth, customerId, at, "angebotU25")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await roth.GetAsync($"/api/customers/{customerId}/contacts")).StatusCode);
    }

    [Fact]
    public async Task Another_ifk_gets_403_for_recording_and_reading_and_nothing_is_saved()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        var braun = await app.SignInAsync("ifk.braun");
        var customerId = await CreateCustomerAsync(meyer);
        var saved = await SavedAsync(app);

        var record = await RecordAsync(braun, customerId, app.Clock.GetUtcNow());
        var missed = await MissedAsync(braun, customerId, app.Clock.GetUtcNow());
        var read = await braun.GetAsync($"/api/customers/{customerId}/contacts");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [record.StatusCode, missed.StatusCode, read.StatusCode]);
        Assert.Equal(saved, await SavedAsync(app));
    }

    [Fact]
    public async Task An_unknown_customer_is_404()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        Assert.Equal(HttpStatusCode.NotFound, (await RecordAsync(ifk, Guid.NewGuid(), app.Clock.GetUtcNow())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ifk.GetAsync($"/api/customers/{Guid.NewGuid()}/contacts")).StatusCode);
    }

    [Fact]
    public async Task A_provider_with_an_api_key_is_never_let_in()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var provider = WithApiKey(app, SuchtMitteKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await RecordAsync(provider, customerId, app.Clock.GetUtcNow())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.GetAsync($"/api/customers/{customerId}/contacts")).StatusCode);
        Assert.Equal((0, 1, 0), await SavedAsync(app));
    }
}
