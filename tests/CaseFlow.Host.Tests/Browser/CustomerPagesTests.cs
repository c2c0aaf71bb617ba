using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The customer pages: an IFK registers and profiles a customer and finds her by name, keyboard alone; axe on every page.</summary>
public sealed class CustomerPagesTests : BrowserTest
{
    [Fact]
    public async Task An_ifk_registers_and_profiles_a_customer_and_finds_her_by_name_with_the_keyboard_alone()
    {
        await SignInAsync("ifk.meyer");
        await Page.GetByText("Seite 1 von 1").WaitForAsync(); // the inbox has rendered; a later render would replace the next page
        await TabToAsync("Kundinnen und Kunden");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kundinnen und Kunden", Level = 1 }).WaitForAsync();

        await AssertNoAccessibilityViolationsAsync("the customer search");

        await TabToAsync("Kundin/Kunden anlegen");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kundin/Kunden anlegen", Level = 1 }).WaitForAsync();
        await TypeIntoAsync("Vorname", "Anna");
        await TypeIntoAsync("Familienname", "Müller");
        await TypeIntoAsync("Geburtsdatum", "12041990");
        await TypeIntoAsync("Kundennummer", "123D45678");
        await TabToAsync("Anlegen");
        await Page.Keyboard.PressAsync("Enter");

        // A wrong number: the error is announced and stands next to the field, which takes the focus.
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ungültige Eingabe");
        await Expect(Page.GetByLabel("Kundennummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#customer-number-error")).ToContainTextAsync("drei Ziffern, ein Buchstabe, sechs Ziffern");
        await AssertNoAccessibilityViolationsAsync("the register form with an error");
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("123 d 456789");
        await TabToAsync("Anlegen");
        await Page.Keyboard.PressAsync("Enter");

        await Page.GetByRole(AriaRole.Heading, new() { Name = "Müller, Anna (123D456789)", Level = 1 }).WaitForAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("angelegt");
        await AssertNoAccessibilityViolationsAsync("the customer page");
        await RecordEligibleProfileByKeyboardAsync("Schuldenabbau", "Beseitigung von Obdachlosigkeit", "Schaffung einer Tagesstruktur", "Alter");

        var ifk = await app.SignInAsync("ifk.meyer");
        var found = await ReadArrayAsync(await ifk.GetAsync("/api/customers?q=123D456789"));
        var customer = await ReadAsync(await ifk.GetAsync($"/api/customers/{found.Single()!["id"]}"));
        Assert.Equal("EP", customer["profile"]!.GetValue<string>());
        Assert.Equal(
            ["Alter:false", "Beseitigung von Obdachlosigkeit:true", "Schaffung einer Tagesstruktur:true", "Schuldenabbau:true"],
            customer["actionNeeds"]!.AsArray().Select(n => $"{n!["need"]}:{n["influenceable"]}").Order(StringComparer.Ordinal));

        await CreateCustomerAsync(ifk, givenName: "Paul", familyName: "Mustermann");
        await CreateCustomerAsync(ifk, givenName: "Müller", familyName: "Schmidt");
        await TabToAsync("Zurück zur Suche");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kundinnen und Kunden", Level = 1 }).WaitForAsync();
        await TypeIntoAsync("Name oder Kundennummer", "muel");
        await Page.Keyboard.PressAsync("Enter");

        var results = Page.GetByRole(AriaRole.Table);
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Müller, Anna" })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await AssertNoAccessibilityViolationsAsync("the search results");
        await TabToAsync("Müller, Anna");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Müller, Anna (123D456789)", Level = 1 }).WaitForAsync();
        await Expect(Page.GetByLabel("Schuldenabbau")).ToBeCheckedAsync();
    }


    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
