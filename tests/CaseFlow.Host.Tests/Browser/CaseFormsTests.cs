using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// Forms generated from the action schemas: an IFK opens a case from the customer page, an FM takes the bFM actions on
/// the case page by keyboard (a refused one shows its reasons by its form), the page shows the customer, file and history in words.
/// </summary>
public sealed class CaseFormsTests : BrowserTest
{
    [Fact]
    public async Task An_ifk_opens_a_bfm_case_from_the_customer_page_by_keyboard_and_lands_on_its_case_page()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        await SignInAsync("ifk.meyer");

        await Page.GotoAsync($"/tasks/#/customer/{customerId}");
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Fall eröffnen" });
        await form.WaitForAsync();
        await Assertions.Expect(Page.Locator(".customer-age")).ToContainTextAsync("Jahre");
        await AssertNoAccessibilityViolationsAsync("the customer page");
        await form.GetByLabel("Fallart").FocusAsync();
        await form.GetByLabel("Fallart").SelectOptionAsync("bfm");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Beschäftigungsorientiertes Fallmanagement (bFM)");
        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("Entwurf");
        await Assertions.Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Zum bFM vorschlagen" })).ToBeVisibleAsync();
        var cases = await ReadArrayAsync(await ifk.GetAsync($"/api/customers/{customerId}/cases"));
        Assert.Equal("bfm", Assert.Single(cases)!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_fm_takes_the_bfm_actions_through_generated_forms_by_keyboard_and_a_refused_one_shows_its_reasons_by_the_form()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");

        var accept = Page.GetByRole(AriaRole.Form, new() { Name = "Fall übernehmen" });
        await accept.GetByRole(AriaRole.Button, new() { Name = "Fall übernehmen ausführen" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var refusal = accept.GetByRole(AriaRole.Alert);
        await Assertions.Expect(refusal).ToContainTextAsync("Nicht ausgeführt");
        await Assertions.Expect(refusal).ToContainTextAsync("Arbeitsbündnis");
        Assert.Equal("Referred", await CaseStateAsync(fm, caseId));
        await AssertNoAccessibilityViolationsAsync("the case page with a refused action");

        await accept.GetByLabel("Arbeitsbündnis geschlossen").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await accept.GetByRole(AriaRole.Button, new() { Name = "Fall übernehmen ausführen" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("Assessment (Standortbestimmung)");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Assessment abschließen ausführen" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("Integrationsplanung");

        var plan = Page.GetByRole(AriaRole.Form, new() { Name = "Plan vereinbaren" });
        await plan.GetByLabel("Art des Plans").SelectOptionAsync(new SelectOptionValue { Label = "Kooperationsplan" });
        await plan.GetByLabel("Ziele", new() { Exact = true }).FillAsync("Bewerbungsunterlagen erstellen\nTagesstruktur aufbauen");
        await plan.GetByLabel("Nächste Überprüfung fällig am").FillAsync(InMonths(app, 3));
        await plan.GetByLabel("Mit der Kundin/dem Kunden gemeinsam vereinbart").CheckAsync();
        await plan.GetByLabel("Notiz").FillAsync("Plan mit der Kundin besprochen");
        await plan.GetByRole(AriaRole.Button, new() { Name = "Plan vereinbaren ausführen" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("Fallsteuerung");
        var file = Page.Locator(".case-file");
        await Assertions.Expect(file).ToContainTextAsync("Kooperationsplan");
        await Assertions.Expect(file).ToContainTextAsync("Tagesstruktur aufbauen");
        await Assertions.Expect(file).ToContainTextAsync("0 von höchstens 24");
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Verlauf" });
        var planRow = history.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "Plan vereinbaren", Exact = true }) });
        await Assertions.Expect(planRow).ToContainTextAsync("Art des Plans");
        await Assertions.Expect(planRow).ToContainTextAsync("Plan mit der Kundin besprochen");
        Assert.Equal("Steering", await CaseStateAsync(fm, caseId));
        Assert.DoesNotContain("JSON", await Page.Locator("main").InnerTextAsync());
        await AssertNoAccessibilityViolationsAsync("the case page in steering");
        await ScreenshotAsync("tasklist-case-forms");
    }
}
