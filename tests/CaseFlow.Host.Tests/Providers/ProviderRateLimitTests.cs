using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

public sealed class ProviderRateLimitTests : AppTest
{
    public ProviderRateLimitTests()
    {
        app.Settings["ProviderApi:RateLimit:PermitLimit"] = "3";
        app.Settings["ProviderApi:RateLimit:WindowSeconds"] = "3600";
    }

    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_goes_on()
    {
        var sbNord = WithApiKey(app, SbNordKey);
        for (var call = 1; call <= 3; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sbNord.GetAsync("/api/provider/me")).StatusCode);
        }

        var refused = await sbNord.GetAsync("/api/provider/me");

        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("Zu viele Anfragen (too many requests)", (await ReadAsync(refused))["title"]!.GetValue<string>());
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Equal(HttpStatusCode.OK, (await WithApiKey(app, SuchtMitteKey).GetAsync("/api/provider/me")).StatusCode);
    }

    [Fact]
    public async Task Staff_routes_are_not_rate_limited_per_key()
    {
        var owner = await app.SignInAsync("owner.process");

        for (var call = 1; call <= 5; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/providers")).StatusCode);
        }
    }
}
