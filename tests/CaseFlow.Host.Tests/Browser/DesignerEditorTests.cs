using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// The designer's editor: a process owner opens the shipped provider-referral, sees a bound task's case action, changes a
/// task's candidate role and binds it to a case action in the properties panel, saves a draft, compares it, breaks a condition and sees the problem listed and marked, fixes it and
/// publishes version 2.
/// </summary>
public sealed class DesignerEditorTests : BrowserTest
{
    [Fact]
    public async Task A_process_owner_edits_saves_validates_and_publishes_version_2_of_a_shipped_workflow()
    {
        await SignInAsync("owner.process", "/designer/");
        await Page.GetByRole(AriaRole.Table, new() { Name = "Workflows (BPMN)" }).WaitForAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Öffnen: provider-referral" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Workflow bearbeiten: Übergabe an einen Träger (provider referral)" }).WaitForAsync();
        await Expect(Page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Prüfung läuft")).ToHaveCountAsync(0);
        await AssertNoAccessibilityViolationsAsync("the designer's editor");

        // A bound task shows its case action checked among the actions of the process's case kind.
        await Page.GetByLabel("Element auswählen").SelectOptionAsync("Task_Conference");
        await Expect(Page.GetByLabel("Fallaktion: case-conference")).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Fallaktion: end")).Not.ToBeCheckedAsync();

        // A user task: its candidate role and a case action in the CaseFlow group of the properties panel.
        await Page.GetByLabel("Element auswählen").SelectOptionAsync("Task_Declined");
        var candidateRole = Page.GetByLabel("Zuständige Rolle");
        await candidateRole.SelectOptionAsync("FMSupervisor");
        await Page.GetByLabel("Fallaktion: end").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        await Page.GetByText("Entwurf gespeichert: provider-referral.").WaitForAsync();

        var owner = await app.SignInAsync("owner.process");
        var draft = await owner.GetStringAsync("/api/workflows/provider-referral/draft");
        Assert.Contains("cf:candidateRole=\"FMSupervisor\"", draft);
        Assert.Contains("cf:caseAction=\"end\"", draft);

        // Compare the draft with version 1: the task is listed as changed and selects it.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mit veröffentlichter Version vergleichen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Vergleich mit Version 1" }).WaitForAsync();
        var changed = Page.GetByRole(AriaRole.Button, new() { Name = "Geändert: UserTask" }).Filter(new() { HasText = "Task_Declined" });
        await Expect(Page.Locator(".djs-shape[data-element-id='Task_Declined'].cf-changed").First).ToBeVisibleAsync();
        await Page.GetByLabel("Element auswählen").SelectOptionAsync("Start");
        await changed.PressAsync("Enter");
        await Expect(Page.GetByLabel("Element auswählen")).ToHaveValueAsync("Task_Declined");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vergleich schließen" }).ClickAsync();

        // A broken condition: listed with its element, the flow is marked on the canvas.
        await Page.GetByLabel("Element auswählen").SelectOptionAsync("Flow_Continue");
        var condition = Page.GetByLabel("Bedingung");
        await Expect(condition).ToHaveValueAsync("vars.decision = 'continue'");
        await condition.FillAsync("vars.decision = = 'continue'");
        var problem = Page.GetByRole(AriaRole.Button).Filter(new() { HasText = "(Flow_Continue)" });
        await Expect(problem).Not.ToHaveCountAsync(0);
        await Expect(Page.Locator(".djs-connection[data-element-id='Flow_Continue'].cf-problem").First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Problem" })).ToBeVisibleAsync();
        await ScreenshotAsync("designer-editor");

        // The problem button selects the element.
        await Page.GetByLabel("Element auswählen").SelectOptionAsync("Start");
        await problem.First.ClickAsync();
        await Expect(Page.GetByLabel("Element auswählen")).ToHaveValueAsync("Flow_Continue");

        // Fixed, the problem and the marker go away; publishing saves and publishes version 2.
        await condition.FillAsync("vars.decision = 'continue'");
        try
        {
            await Expect(problem).ToHaveCountAsync(0);
        }
        catch (PlaywrightException)
        {
            Assert.Fail((await Page.GetByRole(AriaRole.Region, new() { Name = "Prüfung", Exact = true }).InnerTextAsync()) + " / " + await condition.InputValueAsync());
        }
        await Expect(Page.Locator("[data-element-id='Flow_Continue'].cf-problem")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Speichern und veröffentlichen" }).ClickAsync();
        await Page.GetByText("Version 2 von provider-referral veröffentlicht.").WaitForAsync();

        var list = await owner.GetFromJsonAsync<JsonElement>("/api/workflows");
        var summary = list.EnumerateArray().Single(w => w.GetProperty("key").GetString() == "provider-referral");
        Assert.Equal(2, summary.GetProperty("latestVersion").GetInt32());
        var version2 = await owner.GetStringAsync("/api/workflows/provider-referral/versions/2");
        Assert.Contains("cf:candidateRole=\"FMSupervisor\"", version2);
        Assert.Contains("vars.decision = 'continue'", version2);
    }
}
