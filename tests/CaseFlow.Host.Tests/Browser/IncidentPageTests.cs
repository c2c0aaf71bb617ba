using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The incidents list and, on the case page, retry with corrected variables and cancel with a confirm step; axe.</summary>
public sealed class IncidentPageTests : BrowserTest
{
    private const string Refer = "bFM-Zuweisung vormerken (refer)";

    /// <summary>ifk.meyer completed "Zugang prüfen" without consent: the refer step of bfm-referral is an incident.</summary>
    private async Task<Guid> IncidentAsync()
    {
        var (caseId, _, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = false });
        return caseId;
    }

    [Fact]
    public async Task A_caseworker_finds_the_incident_in_the_list_and_retries_it_on_the_case_page_with_corrected_variables()
    {
        var caseId = await IncidentAsync();
        await SignInAsync("ifk.meyer");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Störungen (incidents)", Exact = true }).First.ClickAsync();
        var list = Page.GetByRole(AriaRole.Table, new() { Name = "Offene Störungen (open incidents): 1" });
        var row = list.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = Refer }) });
        await Assertions.Expect(row).ToContainTextAsync("Zustimmung");
        await AssertNoAccessibilityViolationsAsync("the incidents page");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Störung (incident) bei Service_Refer" });
        await Assertions.Expect(form.Locator(".incident-message")).ToContainTextAsync("Zustimmung");
        Assert.Contains(caseId.ToString(), Page.Url);
        await Page.Locator(".instance-canvas[data-rendered='true']").WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the case page with an incident");
        await form.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("tasklist-incident");
        await form.GetByLabel("Variable 1: Name (name)").FillAsync("consent");
        await form.GetByLabel("Variable 1: Wert (value)").FillAsync("true");
        await form.GetByRole(AriaRole.Button, new() { Name = "Erneut versuchen (retry)" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("retried");
        await Assertions.Expect(Page.Locator(".waiting-list")).ToContainTextAsync(TaskSteps.Intake);
        await Assertions.Expect(Page.Locator("form.incident")).ToHaveCountAsync(0);
        Assert.Equal("Referred", (await Page.Locator(".case-state").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_caseworker_cancels_an_instance_in_incident_after_confirming_with_a_reason()
    {
        var caseId = await IncidentAsync();
        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var cancel = Page.GetByRole(AriaRole.Form, new() { Name = "Ablauf abbrechen (cancel instance)" });

        await cancel.GetByLabel("Grund (reason)").FillAsync("Kunde ist verzogen");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Ablauf abbrechen … (cancel instance)" }).ClickAsync();
        var yes = cancel.GetByRole(AriaRole.Button, new() { Name = "Ja, abbrechen (yes, cancel)" });
        await Assertions.Expect(yes).ToBeFocusedAsync();
        await yes.ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("instance cancelled");
        await Assertions.Expect(Page.GetByText("Keine laufenden Abläufe (no running instances).")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_caseworker_skips_the_failed_step_to_a_chosen_element_with_a_reason()
    {
        var caseId = await IncidentAsync();
        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var skip = Page.GetByRole(AriaRole.Form, new() { Name = "Überspringen (skip): Service_Refer" });

        await skip.GetByLabel("Weiter bei (continue at)").SelectOptionAsync("Task_CheckAccess");
        await skip.GetByLabel("Grund (reason)").FillAsync("Zustimmung wird nachgereicht");
        await skip.GetByRole(AriaRole.Button, new() { Name = "Überspringen (skip)" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("skipped");
        await Assertions.Expect(Page.Locator(".waiting-list")).ToContainTextAsync(TaskSteps.CheckAccess);
        await Assertions.Expect(Page.Locator("form.incident")).ToHaveCountAsync(0);
    }
}
