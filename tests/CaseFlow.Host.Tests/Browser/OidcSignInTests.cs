using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// OIDC sign-in of the web app (Auth:Mode=Oidc): authorization code flow with PKCE against a fake provider on
/// 127.0.0.1; CaseFlow validates the provider's RS256 token through its discovery document and JWKS.
/// </summary>
public sealed class OidcSignInTests : BrowserTest
{
    private readonly FakeOidcProvider provider = new();

    protected override async Task BeforeAppStartsAsync()
    {
        await provider.StartAsync();
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = provider.Authority;
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_caseworker_signs_in_through_the_identity_provider_and_lands_in_the_inbox()
    {
        provider.RedirectUriPrefix = BaseAddress.ToString();
        provider.NextUser = ("ifk.oidc", ["IFK"]);

        await Page.GotoAsync("/tasks/");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Anmelden", Exact = true }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the OIDC sign-in page");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden über OIDC" }).ClickAsync();

        await Page.GetByRole(AriaRole.Heading, new() { Name = "Aufgaben", Level = 1 }).WaitForAsync();
        Assert.Contains("(ifk.oidc)", await Page.Locator(".account").InnerTextAsync());
        Assert.Equal(new Uri(BaseAddress, "/tasks/").ToString(), Page.Url);
        Assert.Equal(1, provider.TokensIssued);
    }

    [Fact]
    public async Task A_refusal_of_the_identity_provider_is_explained_in_german()
    {
        provider.RedirectUriPrefix = BaseAddress.ToString();
        provider.DenyWith = "access_denied";

        await Page.GotoAsync("/tasks/");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden über OIDC" }).ClickAsync();

        await Page.GetByRole(AriaRole.Alert).GetByText("Zugriff verweigert", new() { Exact = false }).WaitForAsync();
        Assert.DoesNotContain("error=", Page.Url);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden über OIDC" }).WaitForAsync();
        Assert.Equal(0, provider.TokensIssued);
    }
}
