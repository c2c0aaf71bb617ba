using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The case page: state, allowed actions with reasons, history, the running instance's diagram with the waiting element marked; axe.</summary>
public sealed class CasePageTests : BrowserTest
{
    [Fact]
    public async Task The_case_page_shows_state_actions_with_reasons_history_and_where_the_instance_waits()
    {
        var (caseId, _, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await app.ProcessEngineAsync();
        var kase = await GetCaseAsync(ifk, caseId);
        var refused = kase["allowedActions"]!.AsArray().First(a => !a!["allowed"]!.GetValue<bool>() && a["reasons"]!.AsArray().Count > 0)!;

        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Laufende Abläufe (running instances)" }).WaitForAsync();

        Assert.Equal("Referred", (await Page.Locator(".case-state").InnerTextAsync()).Trim());
        var actions = Page.GetByRole(AriaRole.Table, new() { Name = "allowed actions", Exact = false });
        var row = actions.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = refused["action"]!.GetValue<string>(), Exact = true }) });
        await Assertions.Expect(row).ToContainTextAsync("nein (not allowed)");
        await Assertions.Expect(row).ToContainTextAsync(refused["reasons"]![0]!.GetValue<string>());

        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Verlauf (history)" });
        await Assertions.Expect(history.GetByRole(AriaRole.Rowheader, new() { Name = "refer", Exact = true })).ToBeVisibleAsync();

        await Assertions.Expect(Page.Locator(".waiting-list")).ToContainTextAsync(TaskSteps.Intake);
        await Page.Locator(".instance-canvas[data-rendered='true']").WaitForAsync();
        await Assertions.Expect(Page.Locator("[data-element-id='Task_Intake'].cf-waiting")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the case page");
        await Page.Locator(".instance").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("tasklist-case");
    }
}
