using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>A task bound to a case action that the lifecycle refuses: the reasons appear in the form, the task stays open.</summary>
public sealed class TaskRefusalTests : BrowserTest
{
    [Fact]
    public async Task An_ifk_completes_the_check_without_consent_sees_the_reasons_in_the_form_and_then_goes_through_with_consent()
    {
        var (caseId, instanceId, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        await SignInAsync("ifk.meyer");
        await Page.GetByRole(AriaRole.Link, new() { Name = TaskSteps.CheckAccess }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = $"Aufgabe: {TaskSteps.CheckAccess}" }).WaitForAsync();
        var form = Page.Locator("form.task-form");
        await form.GetByLabel("Begründung einer Ausnahme").FillAsync("Ausnahme geprüft");

        await form.GetByRole(AriaRole.Button, new() { Name = "Aufgabe erledigen" }).ClickAsync();

        var alert = form.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Nicht erledigt: Konflikt (conflict)");
        await Expect(alert.GetByRole(AriaRole.Listitem)).ToContainTextAsync("Zustimmung der Kundin/des Kunden");
        await Expect(alert).ToContainTextAsync("Die Aufgabe bleibt offen.");
        await Expect(form.GetByLabel("Begründung einer Ausnahme")).ToHaveValueAsync("Ausnahme geprüft");
        await AssertNoAccessibilityViolationsAsync("the task form with a refusal");
        await ScreenshotAsync("tasklist-refusal");
        Assert.Equal("Draft", await CaseStateAsync(ifk, caseId));
        Assert.Equal(["Task_CheckAccess"], await WaitingAtAsync(ifk, instanceId));

        await form.GetByLabel("Einverständnis der Kundin/des Kunden liegt vor").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Aufgabe erledigen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("erledigt.");
        Assert.Equal("Referred", await CaseStateAsync(ifk, caseId));
        Assert.Equal(["Task_Intake"], await WaitingAtAsync(ifk, instanceId));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
