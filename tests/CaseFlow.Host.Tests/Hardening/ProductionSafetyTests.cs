using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Setup;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Hardening;

/// <summary>Issue 16 part 1: in Production development sign-in does not exist, and Swagger only when configured.</summary>
public sealed class ProductionSafetyTests
{
    [Theory]
    [InlineData("Development", "Auth:Mode=Development ist gesetzt")]
    [InlineData(null, "Auth:Mode ist nicht gesetzt")]
    [InlineData("development", "Auth:Mode=Development ist gesetzt")]
    public void Production_refuses_to_start_in_development_mode_naming_the_setting(string? mode, string german)
    {
        using var app = InProduction();
        app.Settings["Auth:Mode"] = mode;

        var refused = Assert.ThrowsAny<Exception>(() => app.Services);

        var message = Unwrap(refused).Message;
        Assert.Contains(german, message);
        Assert.Contains("Auth:Mode=Oidc", message);
        Assert.Contains("Auth:Oidc:Authority", message);
        Assert.Contains("'Production'", message);
        Assert.Contains("refuses to start", message);
    }

    [Fact]
    public void Staging_refuses_development_mode_too()
    {
        using var app = new CaseFlowApp();
        app.Settings["environment"] = "Staging";

        var refused = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("'Staging'", Unwrap(refused).Message);
    }

    [Fact]
    public async Task In_production_dev_login_dev_users_the_seed_users_and_keys_and_swagger_do_not_exist()
    {
        using var app = InProduction();
        OidcWithoutAuthorityServer(app);
        var client = app.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/dev-login", new { userName = "fm.schulz" });
        var users = await client.GetAsync("/api/auth/dev-users");
        var swagger = await client.GetAsync("/swagger/index.html");
        var document = await client.GetAsync("/swagger/v1/swagger.json");
        var key = new HttpRequestMessage(HttpMethod.Get, "/api/provider/me") { Headers = { { "X-Api-Key", "dev-sb-nord-key" } } };
        var provider = await client.SendAsync(key);

        Assert.Equal(HttpStatusCode.NotFound, login.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, users.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, swagger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, provider.StatusCode);
        Assert.Equal((0, 0, 0), await app.InDatabaseAsync(async db => (
            await db.StaffUsers.CountAsync(), await db.Providers.CountAsync(), await db.ProviderApiKeys.CountAsync())));
    }

    [Fact]
    public async Task Swagger_served_in_production_when_configured_carries_the_pages_security_headers()
    {
        using var app = InProduction();
        OidcWithoutAuthorityServer(app);
        app.Settings["OpenApi:ServeInProduction"] = "true";
        var client = app.CreateClient();

        var page = await client.GetAsync("/swagger/index.html");
        var script = await client.GetAsync("/swagger/index.js");
        var document = await client.GetAsync("/swagger/v1/swagger.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var expected = WebAppSetup.ContentSecurityPolicyFor(app.Services.GetRequiredService<IConfiguration>());
        foreach (var response in new[] { page, script, document })
        {
            Assert.Equal(expected, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }

        // The policy allows no inline script: Swagger UI must work with its scripts from files alone.
        Assert.DoesNotMatch(@"<script>\s*\S", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_shipped_configuration_does_not_choose_development_sign_in()
    {
        var root = Browser.RepositoryPaths.Root;
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "src", "Host", "appsettings.json")))!;
        var dockerfile = File.ReadAllText(Path.Combine(root, "Dockerfile"));
        var launch = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "src", "Host", "Properties", "launchSettings.json")))!;

        Assert.Null(settings["Auth"]?["Mode"]);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", dockerfile);
        Assert.DoesNotContain("Auth__Mode=Development", dockerfile);
        Assert.Equal("Development", launch["profiles"]!["CaseFlow"]!["environmentVariables"]!["ASPNETCORE_ENVIRONMENT"]!.GetValue<string>());
    }

    private static CaseFlowApp InProduction()
    {
        var app = new CaseFlowApp();
        app.Settings["environment"] = "Production";
        return app;
    }

    /// <summary>OIDC against an authority nobody answers: the start and anonymous requests never need it.</summary>
    private static void OidcWithoutAuthorityServer(CaseFlowApp app)
    {
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = "http://127.0.0.1:9/realms/caseflow";
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";
    }

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerException: { } inner } ? Unwrap(inner) : exception;
}
