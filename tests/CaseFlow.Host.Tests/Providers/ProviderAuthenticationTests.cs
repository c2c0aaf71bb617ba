using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

public sealed class ProviderAuthenticationTests : AppTest
{
    [Fact]
    public async Task A_provider_key_shows_the_provider_its_own_registration_and_agreement()
    {
        var response = await WithApiKey(app, SuchtMitteKey).GetAsync("/api/provider/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await ReadAsync(response);
        Assert.Equal("sucht-mitte", me["providerKey"]!.GetValue<string>());
        Assert.Equal("Suchtberatung Mitte", me["providerName"]!.GetValue<string>());
        Assert.Equal("dev-such", me["apiKeyPrefix"]!.GetValue<string>());
        Assert.Equal(["customerNumber", "age", "targetGroup", "caseManager"], me["agreement"]!["sharedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(30, me["agreement"]!["reportIntervalDays"]!.GetValue<int>());
        Assert.Equal(3, me["agreement"]!["conferenceIntervalMonths"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("cf_not-a-key-anyone-was-given-0000000000000")]
    public async Task Without_a_valid_key_the_provider_api_answers_401_problem_details_with_the_scheme(string? apiKey)
    {
        var client = apiKey is null ? app.CreateClient() : WithApiKey(app, apiKey);

        var response = await client.GetAsync("/api/provider/me");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("Nicht angemeldet (unauthorized)", (await ReadAsync(response))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_staff_token_is_no_provider_login()
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.GetAsync("/api/provider/me");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_provider_key_is_no_staff_login()
    {
        var provider = WithApiKey(app, SbNordKey);

        var responses = new[]
        {
            await provider.GetAsync("/api/providers"),
            await provider.GetAsync("/api/auth/me"),
            await provider.GetAsync("/api/tasks"),
            await provider.PostAsJsonAsync("/api/customers", new { customerNumber = "K1", birthDate = "1990-01-01" }),
        };

        // The staff routes' own 401 (bearer challenge, status code page).
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_deactivated_provider_is_refused_at_once_and_admitted_again_when_reactivated()
    {
        var owner = await app.SignInAsync("owner.process");
        var provider = WithApiKey(app, SbNordKey);
        var details = new { name = "Schuldnerberatung Nord", kind = "debt-counselling", targetGroups = Array.Empty<string>(), active = false };

        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync("/api/providers/sb-nord", details)).StatusCode);
        await AssertProblemAsync(await provider.GetAsync("/api/provider/me"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync("/api/providers/sb-nord", details with { active = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync("/api/provider/me")).StatusCode);
    }

    [Fact]
    public async Task The_last_use_is_recorded_at_most_once_a_minute()
    {
        var provider = WithApiKey(app, SbNordKey);
        var start = app.Clock.GetUtcNow().UtcDateTime;

        await provider.GetAsync("/api/provider/me");
        var first = await LastUsedAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await provider.GetAsync("/api/provider/me");
        var withinTheMinute = await LastUsedAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(45));
        await provider.GetAsync("/api/provider/me");
        var later = await LastUsedAsync();

        Assert.Equal(start, first);
        Assert.Equal(start, withinTheMinute);
        Assert.Equal(start.AddSeconds(75), later);
        var owner = await app.SignInAsync("owner.process");
        var listed = (await ReadArrayAsync(await owner.GetAsync("/api/providers/sb-nord/api-keys"))).Single()!;
        Assert.Equal(later, listed["lastUsedAt"]!.GetValue<DateTime>().ToUniversalTime());
    }

    private Task<DateTime?> LastUsedAsync() => app.InDatabaseAsync(db =>
        db.ProviderApiKeys.AsNoTracking().Where(k => k.Prefix == "dev-sb-n").Select(k => k.LastUsedAt).SingleAsync());
}
