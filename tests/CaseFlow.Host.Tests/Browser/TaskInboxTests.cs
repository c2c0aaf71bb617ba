using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The task inbox: an IFK completes the bFM check in the browser and the FM sees the intake; keyboard alone; axe.</summary>
public sealed class TaskInboxTests : BrowserTest
{
    [Fact]
    public async Task An_ifk_completes_the_check_and_the_fm_then_sees_the_intake_task()
    {
        var (caseId, _, ifk) = await TaskSteps.WaitingForIfkAsync(app);

        await SignInAsync("ifk.meyer");
        var table = Page.Locator("table.tasks"); // the inbox; "Meine Fälle" beside it is a table too
        await table.GetByRole(AriaRole.Link, new() { Name = TaskSteps.CheckAccess }).WaitForAsync();
        Assert.Equal(1, await table.GetByRole(AriaRole.Columnheader, new() { Name = "Fällig am" }).CountAsync());
        await Expect(Page.GetByText("Seite 1 von 1")).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the inbox");

        await table.GetByRole(AriaRole.Link, new() { Name = TaskSteps.CheckAccess }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = $"Aufgabe: {TaskSteps.CheckAccess}" }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the task form");
        await Page.GetByLabel("Einverständnis der Kundin/des Kunden liegt vor").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aufgabe erledigen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("erledigt.");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Aufgaben", Level = 1 }).WaitForAsync();
        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
        await app.ProcessEngineAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("fm.schulz");
        await Page.GetByLabel("Welche Aufgaben").SelectOptionAsync("group");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter anwenden" }).ClickAsync();
        await Expect(Page.Locator("table.tasks").GetByRole(AriaRole.Link, new() { Name = TaskSteps.Intake })).ToBeVisibleAsync();
        await ScreenshotAsync("tasklist-inbox");
    }

    [Fact]
    public async Task A_task_is_completed_with_the_keyboard_alone()
    {
        var (caseId, _, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        await SignInAsync("ifk.meyer");
        await Page.GetByRole(AriaRole.Link, new() { Name = TaskSteps.CheckAccess }).WaitForAsync();

        await TabToAsync(TaskSteps.CheckAccess);
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = $"Aufgabe: {TaskSteps.CheckAccess}" }).WaitForAsync();
        await TabToAsync("Einverständnis der Kundin/des Kunden liegt vor");
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync("Aufgabe erledigen");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("erledigt.");
        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
