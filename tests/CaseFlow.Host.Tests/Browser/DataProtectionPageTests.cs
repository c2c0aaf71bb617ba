using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The Datenschutz page as dsb.weber: find a customer, set a legal hold, download the Art. 15 export, see the dry run; axe on the page.</summary>
public sealed class DataProtectionPageTests : BrowserTest
{
    [Fact]
    public async Task The_data_protection_officer_finds_a_customer_sets_a_hold_downloads_the_export_and_sees_the_dry_run()
    {
        var (_, customerId) = await WaivedBfmCaseAsync(app);
        var number = await app.InDatabaseAsync(db => db.Customers.Where(c => c.Id == customerId).Select(c => c.CustomerNumber).FirstAsync());
        await SignInAsync("dsb.weber");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Datenschutz", Level = 1 }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the data protection page");

        await TypeIntoAsync("Kundennummer", number);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToContainTextAsync(number);
        await Expect(Page.GetByText("Keine Aufbewahrungssperre.")).ToBeVisibleAsync();
        await TypeIntoAsync("Begründung der Aufbewahrungssperre", "Klage vor dem Sozialgericht anhängig");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aufbewahrungssperre setzen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Aufbewahrungssperre ist gesetzt.");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "1 aktive Aufbewahrungssperren" })).ToContainTextAsync("Klage vor dem Sozialgericht anhängig");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Auskunft nach Art. 15 DSGVO herunterladen (JSON)" }).ClickAsync());
        var file = await download.PathAsync();
        var export = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        Assert.Equal((customerId, number), (export["customerId"]!.GetValue<Guid>(), export["customer"]!["customerNumber"]!.GetValue<string>()));
        Assert.Equal($"caseflow-art15-{customerId}.json", download.SuggestedFilename);

        await TypeIntoAsync("Stichtag (leer: heute)", "01012040");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Probelauf anzeigen" }).ClickAsync();
        await Expect(Page.GetByText("Am 01.01.2040 fällig: 0 Fälle und 0 Kundinnen/Kunden; 1 Fälle wegen Aufbewahrungssperre zurückgehalten.")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the data protection page with a customer and the dry run");
        Assert.Equal(0, await app.InDatabaseAsync(db => db.RetentionRuns.CountAsync()));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
