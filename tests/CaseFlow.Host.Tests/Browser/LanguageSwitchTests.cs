using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// The language switch in the header: German by default, English by the switch (keyboard), kept across a reload, back to
/// German; the page's lang attribute follows; dates in the chosen language's format and the server's labels in the chosen
/// language; axe clean in both languages.
/// </summary>
public sealed partial class LanguageSwitchTests : BrowserTest
{
    [Fact]
    public async Task The_inbox_switches_to_english_by_keyboard_keeps_it_across_a_reload_and_switches_back()
    {
        await TaskSteps.WaitingForIfkAsync(app);
        await SignInAsync("ifk.meyer");
        var tasks = Page.Locator("table.tasks");
        await tasks.GetByRole(AriaRole.Link, new() { Name = TaskSteps.CheckAccess }).WaitForAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Aufgaben", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Bereiche" }).GetByRole(AriaRole.Link, new() { Name = "Kundinnen und Kunden" })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(DueCell(tasks)).ToContainTextAsync(GermanDate());
        await Expect(Page.Locator("table.my-cases")).ToContainTextAsync("Beschäftigungsorientiertes Fallmanagement");
        await AssertNoAccessibilityViolationsAsync("the German inbox");

        await TabToAsync("Sprache: English");
        await Page.Keyboard.PressAsync("Enter");

        await AssertEnglishInboxAsync(tasks);
        await AssertNoAccessibilityViolationsAsync("the English inbox");
        await Page.ReloadAsync();
        await AssertEnglishInboxAsync(tasks);

        await TabToAsync("Language: Deutsch");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Aufgaben", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden", Exact = true })).ToBeVisibleAsync();
        await Expect(DueCell(tasks)).ToContainTextAsync(GermanDate());
    }

    private async Task AssertEnglishInboxAsync(ILocator tasks)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tasks", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Areas" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Customers", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My cases", Level = 2 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Follow-ups", Level = 2 })).ToBeVisibleAsync();
        await Expect(tasks.GetByRole(AriaRole.Columnheader, new() { Name = "Due", Exact = true })).ToBeVisibleAsync();
        await Expect(tasks.Locator("caption")).ToContainTextAsync("1 task");
        await Expect(DueCell(tasks)).ToContainTextAsync(EnglishDate());
        // A label the server serves (Accept-Language: en): the case kind in "My cases".
        await Expect(Page.Locator("table.my-cases")).ToContainTextAsync("Employment-oriented case management");
        Assert.DoesNotContain("Aufgaben", await Page.Locator("main").InnerTextAsync());
    }

    /// <summary>The due date of the only task: the third column of its row.</summary>
    private static ILocator DueCell(ILocator tasks) => tasks.Locator("tbody tr td").Nth(1);

    /// <summary>23.11.2026 (de-DE).</summary>
    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex GermanDate();

    /// <summary>23 Nov 2026 (en-GB).</summary>
    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]{2,3} \d{4}")]
    private static partial Regex EnglishDate();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
