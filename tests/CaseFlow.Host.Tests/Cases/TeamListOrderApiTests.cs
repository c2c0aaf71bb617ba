using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>The FM supervisor's team list: bFM and referral cases merged into one due-date order, paged across both kinds.</summary>
public sealed class TeamListOrderApiTests : AppTest
{
    [Fact]
    public async Task The_supervisors_team_list_merges_bfm_and_referral_cases_by_next_due_and_pages_across_kinds()
    {
        var (referral, fm) = await ReferralCaseAsync(app);
        await ActOkAsync(fm, referral, "refer", new
        {
            data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true, consentedFields = new[] { "age" } },
        });
        await ActOkAsync(fm, referral, "provider-confirm");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var (later, _, _) = await CaseInSteeringAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var (sooner, _, _) = await CaseInSteeringAsync(app);
        await ActOkAsync(fm, sooner, "revise-plan");
        await ActOkAsync(fm, sooner, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 1) } });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var ifk = await app.SignInAsync("ifk.meyer");
        var intake = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, intake, "refer", new { data = new { consent = true } });
        var lead = await app.SignInAsync("fm.lead");

        var whole = await ReadArrayAsync(await lead.GetAsync("/api/cases?scope=team&pageSize=50"));
        var paged = new List<Guid>();
        for (var page = 1; page <= whole.Count; page++)
        {
            var response = await lead.GetAsync($"/api/cases?scope=team&page={page}&pageSize=1");
            Assert.Equal(whole.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            Assert.False(response.Headers.Contains("X-Total-Count-Limited"));
            paged.Add(Id(Assert.Single(await ReadArrayAsync(response))));
        }

        var ids = whole.Select(Id).ToList();
        Assert.Equal(ids, paged);
        Assert.Equal(5, ids.Count);
        Assert.Equal(intake, ids[^1]);
        Assert.Equal(["bfm", "referral"], whole.Select(r => r!["kind"]!.GetValue<string>()).Distinct().Order());
        var dues = whole.Select(r => r!["nextDueOn"]?.GetValue<string>()).ToList();
        Assert.Equal(dues.OrderBy(d => d is null).ThenBy(d => d, StringComparer.Ordinal), dues);
        Assert.NotNull(whole.Single(r => Id(r) == referral)!["nextDueOn"]);
        Assert.True(ids.IndexOf(sooner) < ids.IndexOf(later));
    }

    [Fact]
    public async Task Rows_of_my_cases_name_the_customer_by_family_and_given_name()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);
        var customerId = (await GetCaseAsync(fm, caseId))["customerId"]!.GetValue<Guid>();
        var customer = await ReadAsync(await fm.GetAsync($"/api/customers/{customerId}"));

        var response = await fm.GetAsync("/api/cases?scope=mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await ReadArrayAsync(response))!;
        Assert.Equal(customer["givenName"]!.GetValue<string>(), row["customerGivenName"]!.GetValue<string>());
        Assert.Equal(customer["familyName"]!.GetValue<string>(), row["customerFamilyName"]!.GetValue<string>());
        Assert.Equal(customer["customerNumber"]!.GetValue<string>(), row["customerNumber"]!.GetValue<string>());
    }

    private static Guid Id(JsonNode? row) => row!["id"]!.GetValue<Guid>();
}
