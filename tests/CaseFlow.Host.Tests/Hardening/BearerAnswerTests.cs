using System.Net;
using System.Net.Http.Headers;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Hardening;

/// <summary>Issue 16: hostile bearer tokens against Auth:Mode=Oidc (fake provider) get a German 401 and only "Bearer" in WWW-Authenticate.</summary>
public sealed class BearerAnswerTests : IAsyncLifetime
{
    private readonly FakeOidcProvider provider = new();
    private readonly CaseFlowApp app = new();

    public async Task InitializeAsync()
    {
        await provider.StartAsync();
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = provider.Authority;
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await provider.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_validly_signed_token_without_sub_gets_401_not_500(bool withUserName)
    {
        var claims = new Dictionary<string, object> { ["roles"] = new[] { "IFK" } };
        if (withUserName)
        {
            claims["preferred_username"] = "ifk.oidc";
        }

        var response = await WithToken(provider.IssueRawToken(claims)).GetAsync("/api/auth/me");

        await AssertGermanUnauthorizedAsync(response);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("audience")]
    [InlineData("signature")]
    [InlineData("garbage")]
    public async Task A_bad_token_gets_a_german_401_with_no_reason_in_the_header(string flaw)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "ifk.oidc", ["preferred_username"] = "ifk.oidc", ["roles"] = new[] { "IFK" } };
        var token = flaw switch
        {
            "expired" => provider.IssueRawToken(claims, expires: DateTime.UtcNow.AddHours(-1)),
            "audience" => provider.IssueRawToken(claims, audience: "another-app"),
            "signature" => provider.IssueRawToken(claims)[..^4] + "AAAA",
            _ => "not.a.token",
        };

        var response = await WithToken(token).GetAsync("/api/cases?scope=mine");

        await AssertGermanUnauthorizedAsync(response);
        Assert.Contains("ungültig oder abgelaufen", (await ReadAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_a_german_401_and_a_good_token_still_signs_in()
    {
        var anonymous = await app.CreateClient().GetAsync("/api/auth/me");
        var good = await WithToken(provider.IssueToken("ifk.oidc", ["IFK"])).GetAsync("/api/auth/me");

        await AssertGermanUnauthorizedAsync(anonymous);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    private HttpClient WithToken(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AssertGermanUnauthorizedAsync(HttpResponseMessage response)
    {
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("Nicht angemeldet (unauthorized)", (await ReadAsync(response))["title"]!.GetValue<string>());
    }
}
