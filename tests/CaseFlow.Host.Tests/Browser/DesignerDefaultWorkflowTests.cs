using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The process owner marks the default workflow of a case kind in the designer's workflow list, by keyboard.</summary>
public sealed class DesignerDefaultWorkflowTests : BrowserTest
{
    [Fact]
    public async Task The_process_owner_makes_a_workflow_the_default_of_its_kind_from_the_list_by_keyboard()
    {
        await SignInAsync("owner.process", "/designer/");
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Workflows (BPMN)" });
        await table.WaitForAsync();
        var referral = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "bfm-referral" });
        await Expect(referral).ToContainTextAsync("Standard");
        await Expect(referral.GetByRole(AriaRole.Button, new() { NameRegex = new("festlegen") })).ToHaveCountAsync(0);

        var makeDefault = Page.GetByRole(AriaRole.Button, new() { Name = "Als Standard festlegen: bfm-recheck für Fallart bfm" });
        await makeDefault.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Page.GetByText("bfm-recheck ist jetzt der Standard-Workflow für neue Fälle der Art bfm.").WaitForAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "bfm-recheck" })).ToContainTextAsync("Standard");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Als Standard festlegen: bfm-referral für Fallart bfm" })).ToHaveCountAsync(1);
        await AssertNoAccessibilityViolationsAsync("the workflow list with a changed default");

        var owner = await app.SignInAsync("owner.process");
        var chosen = await owner.GetFromJsonAsync<JsonElement>("/api/case-kinds/bfm/default-workflow");
        Assert.Equal(("bfm-recheck", "owner.process"), (chosen.GetProperty("key").GetString(), chosen.GetProperty("setBy").GetString()));
    }
}
