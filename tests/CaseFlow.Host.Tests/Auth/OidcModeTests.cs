using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Auth;

/// <summary>Auth:Mode=Oidc against the fake provider: the web app's configuration, the page policy, PKCE, the token.</summary>
public sealed class OidcModeTests : IAsyncLifetime
{
    private readonly FakeOidcProvider provider = new();
    private readonly CaseFlowApp app = new();

    public async Task InitializeAsync()
    {
        await provider.StartAsync();
        provider.RedirectUriPrefix = "http://localhost/";
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = provider.Authority;
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task The_config_names_authority_client_and_scope_and_the_pages_may_connect_to_the_authority()
    {
        var client = app.CreateClient();

        var config = await ReadAsync(await client.GetAsync("/api/auth/config"));
        var page = await client.GetAsync("/tasks/");

        Assert.Equal(("Oidc", provider.Authority, "caseflow-web", "openid profile"), (
            config["mode"]!.GetValue<string>(), config["authority"]!.GetValue<string>(),
            config["clientId"]!.GetValue<string>(), config["scope"]!.GetValue<string>()));
        var origin = new Uri(provider.Authority).GetLeftPart(UriPartial.Authority);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' {origin};", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("default-src 'self';", policy);
    }

    [Fact]
    public async Task The_provider_gives_a_token_only_for_the_right_code_verifier_and_caseflow_accepts_it()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        const string verifier = "the-right-code-verifier-of-at-least-43-characters";

        var wrong = await ExchangeAsync(http, await AuthorizeAsync(http, verifier), "a-wrong-code-verifier-of-at-least-43-characters");
        var right = await ExchangeAsync(http, await AuthorizeAsync(http, verifier), verifier);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("invalid_grant", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var token = (await ReadAsync(right))["access_token"]!.GetValue<string>();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await ReadAsync(await client.GetAsync("/api/auth/me"));
        Assert.Equal("ifk.oidc", me["userName"]!.GetValue<string>());
        Assert.Equal(["IFK"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(1, provider.TokensIssued);
    }

    private async Task<string> AuthorizeAsync(HttpClient http, string verifier)
    {
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var url = QueryHelpers.AddQueryString($"{provider.Authority}/protocol/openid-connect/auth", new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = FakeOidcProvider.ClientId, ["redirect_uri"] = "http://localhost/tasks/",
            ["scope"] = "openid profile", ["state"] = "s1", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });
        var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("s1", query["state"].ToString());
        return query["code"].ToString();
    }

    private Task<HttpResponseMessage> ExchangeAsync(HttpClient http, string code, string verifier) =>
        http.PostAsync($"{provider.Authority}/protocol/openid-connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = "http://localhost/tasks/",
            ["client_id"] = FakeOidcProvider.ClientId, ["code_verifier"] = verifier,
        }));
}
