using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>Several referrals per customer: one running per provider, so debt and addiction counselling run at once.</summary>
public sealed class ParallelReferralTests : AppTest
{
    private static object To(string provider, string targetGroup = "Suchtkranke") =>
        new { data = new { provider, targetGroup, voluntary = true, consentedFields = new[] { "customerNumber" } } };

    [Fact]
    public async Task Debt_and_addiction_counselling_run_side_by_side_for_one_customer()
    {
        var (debt, fm) = await ReferralCaseAsync(app);
        var customerId = (await GetCaseAsync(fm, debt))["customerId"]!.GetValue<Guid>();
        await ActOkAsync(fm, debt, "refer", To("sb-nord", "Wohnungslose"));

        var addiction = await CreateCaseAsync(fm, customerId, "referral");
        await ActOkAsync(fm, addiction, "refer", To("sucht-mitte"));

        Assert.Equal(["AwaitingProvider", "AwaitingProvider"], [await CaseStateAsync(fm, debt), await CaseStateAsync(fm, addiction)]);
        Assert.Single(await OpenHandoversAsync(WithApiKey(app, SbNordKey)));
        Assert.Single(await OpenHandoversAsync(WithApiKey(app, SuchtMitteKey)));
    }

    [Fact]
    public async Task A_second_referral_to_the_same_provider_while_one_runs_is_refused_with_409_and_changes_nothing()
    {
        var (first, fm) = await ReferralCaseAsync(app);
        var customerId = (await GetCaseAsync(fm, first))["customerId"]!.GetValue<Guid>();
        await ActOkAsync(fm, first, "refer", To("sucht-mitte"));
        var second = await CreateCaseAsync(fm, customerId, "referral");
        var before = await DatabaseStateAsync(app, second);

        var response = await ActAsync(fm, second, "refer", To("sucht-mitte"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("providerFree", GuardsOf(await ReadAsync(response)));
        Assert.Equal(before, await DatabaseStateAsync(app, second));
        Assert.Equal("Draft", await CaseStateAsync(fm, second));
    }

    [Fact]
    public async Task After_the_provider_declined_the_customer_can_be_referred_to_it_again()
    {
        var (first, fm) = await ReferralCaseAsync(app);
        var customerId = (await GetCaseAsync(fm, first))["customerId"]!.GetValue<Guid>();
        await ActOkAsync(fm, first, "refer", To("sucht-mitte"));
        Assert.Equal(HttpStatusCode.OK, (await DeclineAsync(WithApiKey(app, SuchtMitteKey), first, "Keine Kapazität")).StatusCode);

        var again = await CreateCaseAsync(fm, customerId, "referral");
        await ActOkAsync(fm, again, "refer", To("sucht-mitte"));

        Assert.Equal("AwaitingProvider", await CaseStateAsync(fm, again));
    }

    [Fact]
    public async Task Of_two_concurrent_referrals_to_the_same_provider_one_wins_and_the_other_gets_409()
    {
        var (first, fm) = await ReferralCaseAsync(app);
        var customerId = (await GetCaseAsync(fm, first))["customerId"]!.GetValue<Guid>();
        var second = await CreateCaseAsync(fm, customerId, "referral");
        var sameFmElsewhere = await app.SignInAsync("fm.schulz");

        var answers = await Task.WhenAll(ActAsync(fm, first, "refer", To("sucht-mitte")), ActAsync(sameFmElsewhere, second, "refer", To("sucht-mitte")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var running = await app.InDatabaseAsync(db => db.Cases.CountAsync(c => c.CustomerId == customerId && c.State == "AwaitingProvider"));
        Assert.Equal(1, running);
    }

    [Fact]
    public async Task A_customer_still_has_one_open_bfm_case_at_a_time()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        await CreateBfmCaseAsync(ifk, customerId);

        var second = await OpenCaseAsync(ifk, customerId, "bfm");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.NotNull((await ReadAsync(second))["openCaseId"]);
    }
}
