using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The contact-density page: a process owner changes one cell from a future date, keyboard alone; axe on the page.</summary>
public sealed class ContactDensityPageTests : BrowserTest
{
    [Fact]
    public async Task A_process_owner_changes_one_cell_from_a_future_date_with_the_keyboard_alone()
    {
        await SignInAsync("owner.process");
        await Page.GetByText("Seite 1 von 1").WaitForAsync(); // the inbox has rendered; a later render would replace the next page
        await TabToAsync("Kontaktdichte");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kontaktdichte (Regelwerk)", Level = 1 }).WaitForAsync();
        var inForce = Page.GetByRole(AriaRole.Table, new() { Name = "In Kraft am 02.11.2026: Version 1, gültig ab 01.01.2000" });
        await Expect(inForce.GetByRole(AriaRole.Row, new() { Name = "25 und älter (Ü25), nicht arbeitslos" })).ToContainTextAsync("ca. 2-monatlich (5 Kontakte im Jahr)");

        await AssertNoAccessibilityViolationsAsync("the contact-density page");

        await TabToAsync("25 und älter (Ü25), nicht arbeitslos, Entwicklungsprofil (EP)");
        await Page.Keyboard.TypeAsync("vier");
        await Expect(Page.GetByLabel("25 und älter (Ü25), nicht arbeitslos, Entwicklungsprofil (EP)")).ToHaveValueAsync("Quarterly");
        await TypeIntoAsync("Gültig ab", "01012027");
        await TypeIntoAsync("Begründung", "Ü25 ohne Arbeitslosigkeit: vierteljährlich");
        await TabToAsync("Version speichern");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 gespeichert, gültig ab 01.01.2027.");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Versionen (2)" })).ToContainTextAsync("Ü25 ohne Arbeitslosigkeit: vierteljährlich");
        await AssertNoAccessibilityViolationsAsync("the contact-density page with two versions");

        var owner = await app.SignInAsync("owner.process");
        var later = await ReadAsync(await owner.GetAsync("/api/rules/contact-density?at=2027-01-01"));
        var today = await ReadAsync(await owner.GetAsync("/api/rules/contact-density"));
        Assert.Equal(("Quarterly", "AboutTwoMonthly"), (Rhythm(later), Rhythm(today)));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectType == "rules" && j.Actor == "owner.process")));
    }

    private static string Rhythm(System.Text.Json.Nodes.JsonObject rules) =>
        rules["inForce"]!["cells"]!.AsArray()
            .Single(c => c!["ageGroup"]!.GetValue<string>() == "Ue25" && !c["unemployed"]!.GetValue<bool>() && c["profile"]!.GetValue<string>() == "EP")!["rhythm"]!
            .GetValue<string>();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
