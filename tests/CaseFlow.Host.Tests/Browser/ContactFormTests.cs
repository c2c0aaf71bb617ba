using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The FM records a contact from the case page with the keyboard: it is listed with its labels and counts; axe.</summary>
public sealed class ContactFormTests : BrowserTest
{
    [Fact]
    public async Task The_fm_records_a_phone_contact_on_the_case_page_with_the_keyboard_and_sees_it_counted_in_the_list()
    {
        var (caseId, _, _) = await CaseInSteeringAsync(app);

        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kontakte", Exact = true }).WaitForAsync();
        await Assertions.Expect(Page.GetByText("Noch keine Kontakte erfasst.")).ToBeVisibleAsync();

        await Page.GetByLabel("Vermerktyp").FocusAsync();
        await Page.Keyboard.TypeAsync("Fallm");
        await TabToAsync("Kontaktart");
        await Page.Keyboard.TypeAsync("tel");
        await Page.GetByLabel("Datum und Uhrzeit des Kontakts").FillAsync("2026-11-01T10:30");
        await Page.GetByLabel("Datum und Uhrzeit des Kontakts").FocusAsync();
        await TabToAsync("Notiz");
        await Page.Keyboard.TypeAsync("Telefonat zur Tagesstruktur.");
        await TabToAsync("Kontakt erfassen");
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontakt erfasst.");
        var list = Page.GetByRole(AriaRole.Table, new() { Name = "Kontakte (1 Eintrag, neueste zuerst)" });
        var row = list.GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(row).ToContainTextAsync("Fallmanagement");
        await Assertions.Expect(row).ToContainTextAsync("telefonisch");
        await Assertions.Expect(row).ToContainTextAsync("ja");
        await Assertions.Expect(row).ToContainTextAsync("Telefonat zur Tagesstruktur.");
        await Assertions.Expect(row).ToContainTextAsync("fm.schulz");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Versäumten Termin erfassen" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the contacts on the case page");
    }
}
