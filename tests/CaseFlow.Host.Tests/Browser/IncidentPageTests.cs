using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The incidents list and, on the case page, retry with corrected variables and cancel with a confirm step; axe.</summary>
public sealed class IncidentPageTests : BrowserTest
{
    /// <summary>
    /// ifk.meyer's bFM case, opened with <see cref="FaultWorkflow"/> as the kind's default (its only instance), which
    /// failed after the check (the notice has no recipient): an incident.
    /// </summary>
    private async Task<Guid> IncidentAsync()
    {
        await FaultWorkflow.MakeDefaultAsync(app);
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await FaultWorkflow.StartedInIncidentAsync(ifk, caseId);
        return caseId;
    }

    [Fact]
    public async Task A_caseworker_finds_the_incident_in_the_list_and_retries_it_on_the_case_page_with_corrected_variables()
    {
        var caseId = await IncidentAsync();
        await SignInAsync("ifk.meyer");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Störungen", Exact = true }).First.ClickAsync();
        var list = Page.GetByRole(AriaRole.Table, new() { Name = "Offene Störungen: 1" });
        var row = list.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = FaultWorkflow.FailingElementName }) });
        await Assertions.Expect(row).ToContainTextAsync("vars.notifyTo");
        await AssertNoAccessibilityViolationsAsync("the incidents page");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Störung bei Service_Notify" });
        await Assertions.Expect(form.Locator(".incident-message")).ToContainTextAsync("vars.notifyTo");
        Assert.Contains(caseId.ToString(), Page.Url);
        await Page.Locator(".instance-canvas[data-rendered='true']").WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the case page with an incident");
        await form.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("tasklist-incident");
        await form.GetByLabel("Variable 1: Name").FillAsync("notifyTo");
        await form.GetByLabel("Variable 1: Wert").FillAsync("ifk.meyer");
        await form.GetByRole(AriaRole.Button, new() { Name = "Erneut versuchen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Erneuter Versuch bei Service_Notify ausgeführt");
        await Assertions.Expect(Page.Locator(".waiting-list")).ToContainTextAsync("Weiter bearbeiten");
        await Assertions.Expect(Page.Locator("form.incident")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_caseworker_cancels_an_instance_in_incident_after_confirming_with_a_reason()
    {
        var caseId = await IncidentAsync();
        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var cancel = Page.GetByRole(AriaRole.Form, new() { Name = "Ablauf abbrechen", Exact = true });

        await cancel.GetByLabel("Grund").FillAsync("Kunde ist verzogen");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Ablauf abbrechen …" }).ClickAsync();
        var yes = cancel.GetByRole(AriaRole.Button, new() { Name = "Ja, abbrechen" });
        await Assertions.Expect(yes).ToBeFocusedAsync();
        await yes.ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ablauf abgebrochen");
        await Assertions.Expect(Page.GetByText("Keine laufenden Abläufe.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_caseworker_skips_the_failed_step_to_a_chosen_element_with_a_reason()
    {
        var caseId = await IncidentAsync();
        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var skip = Page.GetByRole(AriaRole.Form, new() { Name = "Überspringen: Service_Notify" });

        await skip.GetByLabel("Weiter bei").SelectOptionAsync("Task_Check");
        await skip.GetByLabel("Grund").FillAsync("Hinweis wird persönlich gegeben");
        await skip.GetByRole(AriaRole.Button, new() { Name = "Überspringen", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Störung übersprungen");
        await Assertions.Expect(Page.Locator(".waiting-list")).ToContainTextAsync("Angaben prüfen");
        await Assertions.Expect(Page.Locator("form.incident")).ToHaveCountAsync(0);
    }
}
