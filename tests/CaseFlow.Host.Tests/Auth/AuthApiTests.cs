using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Auth;

public sealed class AuthApiTests : AppTest
{
    [Fact]
    public async Task Dev_login_issues_a_bearer_token_with_the_user()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/dev-login", new { userName = "fm.wagner" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("Bearer", body["tokenType"]!.GetValue<string>());
        Assert.True(body["expiresIn"]!.GetValue<int>() > 0);
        Assert.Equal(3, body["accessToken"]!.GetValue<string>().Split('.').Length);
        Assert.Equal("fm.wagner", body["user"]!["userName"]!.GetValue<string>());
        Assert.Equal(["FM"], body["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_user_gets_401_problem_details()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/dev-login", new { userName = "mallory" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmbS5zY2h1bHoifQ.c2lnbmF0dXJl")]
    public async Task Api_routes_without_a_valid_token_answer_401_problem_details(string? token)
    {
        var client = app.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.GetAsync($"/api/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await ReadAsync(response))["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Me_names_the_signed_in_user_and_the_deputy_relation()
    {
        var client = await app.SignInAsync("fm.wagner");

        var me = await ReadAsync(await client.GetAsync("/api/auth/me"));

        Assert.Equal(["fm.schulz"], me["deputyFor"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
