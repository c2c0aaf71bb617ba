using System.Globalization;
using System.Net;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Hardening;

/// <summary>Issue 16: failed API-key attempts are limited per client address, not only valid keys per key.</summary>
public sealed class ApiKeyFailureLimitTests : AppTest
{
    private const string Attacker = "203.0.113.7";
    private const string OtherProvider = "198.51.100.20";

    public ApiKeyFailureLimitTests()
    {
        app.Settings["ProviderApi:FailedKeyLimit:PermitLimit"] = "3";
        app.Settings["ProviderApi:FailedKeyLimit:WindowSeconds"] = "600";
        app.TestServices.Add(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    [Fact]
    public async Task After_three_failed_keys_an_address_gets_429_with_retry_after_while_other_addresses_go_on()
    {
        for (var guess = 1; guess <= 3; guess++)
        {
            await AssertProblemAsync(await CallAsync(Attacker, $"cf_guess-{guess}"), HttpStatusCode.Unauthorized);
        }

        var guessed = await CallAsync(Attacker, "cf_guess-4");
        var validFromAttacker = await CallAsync(Attacker, SbNordKey);
        var validElsewhere = await CallAsync(OtherProvider, SuchtMitteKey);
        var wrongElsewhere = await CallAsync(OtherProvider, "cf_typo");

        await AssertProblemAsync(guessed, HttpStatusCode.TooManyRequests);
        var problem = await ReadAsync(guessed);
        Assert.Equal("Zu viele Anfragen (too many requests)", problem["title"]!.GetValue<string>());
        Assert.Contains("too many failed API key attempts", problem["detail"]!.GetValue<string>());
        Assert.Equal(600, int.Parse(guessed.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.TooManyRequests, validFromAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, validElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongElsewhere.StatusCode);
    }

    [Fact]
    public async Task When_the_window_ends_the_address_may_try_again()
    {
        for (var guess = 1; guess <= 3; guess++)
        {
            await CallAsync(Attacker, $"cf_guess-{guess}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await CallAsync(Attacker, SbNordKey)).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(601));

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(Attacker, SbNordKey)).StatusCode);
    }

    [Fact]
    public async Task Valid_keys_do_not_count_as_failures()
    {
        for (var call = 1; call <= 5; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(Attacker, SbNordKey)).StatusCode);
        }
    }

    [Theory]
    [InlineData("2001:db8:1:2::7", "2001:db8:1:2:ffff::1", true)]
    [InlineData("2001:db8:1:2::7", "2001:db8:1:3::7", false)]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7", true)]
    public void IPv6_addresses_count_per_64_network(string one, string other, bool same)
    {
        Assert.Equal(same, ApiKeyFailureLimiter.ClientOf(IPAddress.Parse(one)) == ApiKeyFailureLimiter.ClientOf(IPAddress.Parse(other)));
    }

    private Task<HttpResponseMessage> CallAsync(string address, string apiKey)
    {
        var client = WithApiKey(app, apiKey);
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client.GetAsync("/api/provider/me");
    }
}
