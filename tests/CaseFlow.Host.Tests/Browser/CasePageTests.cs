using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The case page: state in German, actions not possible now with reasons, history in words, the running instance's diagram with the waiting element marked; axe.</summary>
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
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Laufende Abläufe" }).WaitForAsync();

        Assert.Equal("Vorgemerkt (wartet auf das Erstgespräch)", (await Page.Locator(".case-state").InnerTextAsync()).Trim());
        var lifecycle = await ReadAsync(await ifk.GetAsync("/api/lifecycles/bfm"));
        var refusedLabel = lifecycle["actions"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == refused["action"]!.GetValue<string>())!["label"]!.GetValue<string>();
        await Page.Locator("details.not-now summary").ClickAsync();
        var actions = Page.GetByRole(AriaRole.Table, new() { Name = "Aktionen, die jetzt nicht möglich sind, und warum" });
        var row = actions.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = refusedLabel, Exact = true }) });
        await Assertions.Expect(row).ToContainTextAsync(refused["reasons"]![0]!.GetValue<string>());

        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Verlauf" });
        await Assertions.Expect(history.GetByRole(AriaRole.Rowheader, new() { Name = "Zum bFM vorschlagen", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(history).ToContainTextAsync("Einverständnis der Kundin/des Kunden liegt vor");

        await Assertions.Expect(Page.Locator(".waiting-list")).ToContainTextAsync(TaskSteps.Intake);
        await Page.Locator(".instance-canvas[data-rendered='true']").WaitForAsync();
        await Assertions.Expect(Page.Locator("[data-element-id='Task_Intake'].cf-waiting")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the case page");
        await Page.Locator(".instance").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("tasklist-case");
    }
}
