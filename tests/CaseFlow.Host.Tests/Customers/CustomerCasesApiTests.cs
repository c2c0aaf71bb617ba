using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Customers;

public sealed class CustomerCasesApiTests : AppTest
{
    [Fact]
    public async Task The_fm_lists_the_customers_cases_with_the_referrals_provider_and_others_are_refused()
    {
        var (referralId, _, fm) = await AwaitingProviderAsync(app);
        var customerId = (await GetCaseAsync(fm, referralId))["customerId"]!.GetValue<Guid>();

        var response = await fm.GetAsync($"/api/customers/{customerId}/cases");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cases = await ReadArrayAsync(response);
        Assert.Equal(["bfm", "referral"], cases.Select(c => c!["kind"]!.GetValue<string>()).Order().ToList());
        var referral = cases.Single(c => c!["kind"]!.GetValue<string>() == "referral")!["referral"]!;
        Assert.Equal("sucht-mitte", referral["providerKey"]!.GetValue<string>());
        Assert.Equal("AwaitingProvider", referral["state"]!.GetValue<string>());

        var stranger = await app.SignInAsync("ifk.braun");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/customers/{customerId}/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fm.GetAsync($"/api/customers/{Guid.NewGuid()}/cases")).StatusCode);
    }
}
