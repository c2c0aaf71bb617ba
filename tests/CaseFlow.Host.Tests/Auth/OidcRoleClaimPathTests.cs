using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Auth;

/// <summary>
/// Auth:Mode=Oidc with Auth:Oidc:RoleClaimPath: roles from Keycloak's nested claims reach CaseFlow like the flat claim's,
/// and a token without roles at the path is signed in without roles (403 on a role route, never 500).
/// </summary>
public sealed class OidcRoleClaimPathTests : IAsyncLifetime
{
    private readonly FakeOidcProvider provider = new();
    private readonly List<CaseFlowApp> apps = [];

    public Task InitializeAsync() => provider.StartAsync();

    public async Task DisposeAsync()
    {
        apps.ForEach(app => app.Dispose());
        await provider.DisposeAsync();
    }

    [Theory]
    [InlineData("realm_access.roles", """{ "realm_access": { "roles": ["IFK", "offline_access"] } }""", "IFK,offline_access")]
    [InlineData(
        "resource_access.caseflow-web.roles",
        """{ "resource_access": { "caseflow-web": { "roles": ["IFK"] }, "account": { "roles": ["manage-account"] } }, "roles": ["FM"] }""",
        "IFK")]
    [InlineData("resource_access[caseflow.web].roles", """{ "resource_access": { "caseflow.web": { "roles": ["IFK", "FM"] } } }""", "IFK,FM")]
    public async Task The_roles_at_the_claim_path_are_the_users_roles(string path, string claims, string roles)
    {
        var client = ClientFor(NewApp(("Auth:Oidc:RoleClaimPath", path)), claims);

        var me = await ReadAsync(await client.GetAsync("/api/auth/me"));
        var registry = await client.GetAsync("/api/providers");

        Assert.Equal(roles.Split(','), me["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
    }

    [Theory]
    [InlineData("""{ "roles": ["IFK"] }""")]
    [InlineData("""{ "realm_access": "IFK" }""")]
    [InlineData("""{ "realm_access": { "roles": 42 } }""")]
    [InlineData("""{ "realm_access": { "roles": [{ "name": "IFK" }] } }""")]
    [InlineData("""{ "caseflow:role": ["IFK", "ProcessOwner"] }""")]
    public async Task A_token_without_roles_at_the_claim_path_signs_in_without_roles_and_gets_403_on_a_role_route(string claims)
    {
        var client = ClientFor(NewApp(("Auth:Oidc:RoleClaimPath", "realm_access.roles")), claims);

        var me = await ReadAsync(await client.GetAsync("/api/auth/me"));
        var registry = await client.GetAsync("/api/providers");

        Assert.Empty(me["roles"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, registry.StatusCode);
        Assert.Equal("application/problem+json", registry.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Without_a_claim_path_the_roles_come_from_the_flat_roles_claim_as_before()
    {
        var client = ClientFor(NewApp(), """{ "roles": ["FM"], "realm_access": { "roles": ["IFK"] } }""");

        var me = await ReadAsync(await client.GetAsync("/api/auth/me"));

        Assert.Equal(["FM"], me["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
    }

    [Theory]
    [InlineData("realm_access..roles", null)]
    [InlineData("realm_access.roles", "roles")]
    public void A_host_with_an_ill_formed_claim_path_or_both_role_settings_refuses_to_start(string path, string? roleClaim)
    {
        var app = NewApp(("Auth:Oidc:RoleClaimPath", path), ("Auth:Oidc:RoleClaim", roleClaim));

        var refused = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("Auth:Oidc:RoleClaim", refused.Message);
    }

    private CaseFlowApp NewApp(params (string Key, string? Value)[] settings)
    {
        var app = new CaseFlowApp();
        apps.Add(app);
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = provider.Authority;
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        return app;
    }

    private HttpClient ClientFor(CaseFlowApp app, string claims)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(claims)!.ToDictionary(claim => claim.Key, claim => (object)claim.Value);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", provider.IssueToken("oidc.user", values));
        return client;
    }
}
