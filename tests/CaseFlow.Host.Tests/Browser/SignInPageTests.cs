using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The web app's frame: development sign-in listing the seed users, navigation by role, sign-out, accessibility.</summary>
public sealed class SignInPageTests : BrowserTest
{
    [Fact]
    public async Task The_sign_in_page_lists_the_seed_users_and_signs_in_by_keyboard_alone()
    {
        await Page.GotoAsync("/tasks/");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Anmelden", Exact = true }).WaitForAsync();
        Assert.Equal(10, await Page.GetByRole(AriaRole.Radio).CountAsync());
        await AssertNoAccessibilityViolationsAsync("the sign-in page");

        // Keyboard only: the first radio is checked; arrow down to the second user, Enter submits the form.
        await Page.GetByRole(AriaRole.Radio).First.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).WaitForAsync();
        Assert.Contains("(ifk.braun)", await Page.Locator(".account").InnerTextAsync());
        Assert.Equal(0, await Page.GetByRole(AriaRole.Link, new() { Name = "Designer", Exact = true }).CountAsync());
    }

    [Fact]
    public async Task A_process_owner_sees_the_designer_link_and_others_are_refused_the_designer()
    {
        await SignInAsync("owner.process", "/designer/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Designer", Exact = true }).WaitForAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();

        await SignInAsync("ifk.meyer", "/designer/");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Keine Berechtigung" }).WaitForAsync();
    }
}
