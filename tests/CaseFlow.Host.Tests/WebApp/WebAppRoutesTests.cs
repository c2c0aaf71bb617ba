using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.WebApp;

/// <summary>What the web app needs from the Host: its pages, the sign-in configuration, the seed users, the lifecycles.</summary>
public sealed class WebAppRoutesTests : AppTest
{
    [Fact]
    public async Task The_pages_are_served_and_the_root_leads_to_the_task_inbox()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var root = await client.GetAsync("/");
        var withoutSlash = await client.GetAsync("/designer");
        var tasks = await client.GetAsync("/tasks/");
        var designer = await client.GetAsync("/designer/");

        Assert.Equal("/tasks/", root.Headers.Location?.OriginalString);
        Assert.EndsWith("/designer/", withoutSlash.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
        Assert.Contains("<html lang=\"de\">", await tasks.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", tasks.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", tasks.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", tasks.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(HttpStatusCode.OK, designer.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_learns_the_mode_and_the_seed_users_without_a_token()
    {
        var client = app.CreateClient();

        var config = await ReadAsync(await client.GetAsync("/api/auth/config"));
        var users = await ReadArrayAsync(await client.GetAsync("/api/auth/dev-users"));

        Assert.Equal("Development", config["mode"]!.GetValue<string>());
        Assert.Equal(10, users.Count);
        Assert.Equal(("ifk.meyer", "Sabine Meyer"), (users[0]!["userName"]!.GetValue<string>(), users[0]!["displayName"]!.GetValue<string>()));
        Assert.DoesNotContain(users, u => u!.AsObject().ContainsKey("deputyFor"));
    }

    [Fact]
    public async Task Lifecycles_list_every_kind_with_actions_roles_and_the_mermaid_diagram()
    {
        var owner = await app.SignInAsync("owner.process");

        var lifecycles = await ReadArrayAsync(await owner.GetAsync("/api/lifecycles"));
        var referral = await ReadAsync(await owner.GetAsync("/api/lifecycles/referral"));
        var unknown = await owner.GetAsync("/api/lifecycles/unknown");

        Assert.Equal(["bfm", "outreach", "referral"], lifecycles.Select(l => l!["kind"]!.GetValue<string>()));
        Assert.StartsWith("stateDiagram-v2", referral["diagram"]!.GetValue<string>());
        var confirm = referral["actions"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == "provider-confirm")!;
        Assert.Equal(["Provider", "FM"], confirm["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/lifecycles")).StatusCode);
    }
}

/// <summary>In OIDC mode there is no development sign-in, and the web app is told so.</summary>
public sealed class WebAppOidcModeTests : IDisposable
{
    private readonly CaseFlowApp app = new();

    public WebAppOidcModeTests()
    {
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = "http://127.0.0.1:9/realms/caseflow";
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";
    }

    [Fact]
    public async Task The_config_says_oidc_and_the_seed_user_list_does_not_exist()
    {
        var client = app.CreateClient();

        var config = await ReadAsync(await client.GetAsync("/api/auth/config"));

        Assert.Equal("Oidc", config["mode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/auth/dev-users")).StatusCode);
    }

    public void Dispose() => app.Dispose();
}
