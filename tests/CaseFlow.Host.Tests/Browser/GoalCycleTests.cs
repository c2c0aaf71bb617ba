using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The fa:z goal cycle on the case page of a bFM case: the FM agrees a goal, links an intervention, reviews it; axe.</summary>
public sealed class GoalCycleTests : BrowserTest
{
    [Fact]
    public async Task The_fm_agrees_a_goal_on_the_case_page_links_a_measure_and_reviews_it_as_strengthened()
    {
        var (caseId, _, _) = await CaseInSteeringAsync(app);
        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var section = Page.Locator("section.goal-cycle");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Förder- und Entwicklungsziele (fa:z)" }).WaitForAsync();
        await Assertions.Expect(section).ToContainTextAsync("Kein aktives Ziel.");

        await Page.GetByLabel("Ressourcenbereich", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Wohnen" });
        await Page.GetByLabel("Ziel", new() { Exact = true }).FillAsync("Eine eigene Wohnung finden");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziel vereinbaren" }).ClickAsync();
        var agreed = Page.GetByLabel("Gemeinsam mit der Kundin/dem Kunden vereinbart");
        await Assertions.Expect(agreed).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(section.Locator(".field-error")).ToContainTextAsync("agreedWithCustomer");
        await AssertNoAccessibilityViolationsAsync("the agree form with a field error");
        await agreed.CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziel vereinbaren" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ziel vereinbart.");
        await Assertions.Expect(section.Locator(".goal-area")).ToHaveTextAsync("Wohnen");
        await Assertions.Expect(section.Locator(".goal-next")).ToHaveTextAsync("Intervention verknüpfen");
        await Page.GetByLabel("Art der Intervention").SelectOptionAsync(new SelectOptionValue { Label = "Maßnahme" });
        await Page.GetByLabel("Beschreibung").FillAsync("Arbeitsgelegenheit im Mieterverein");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Intervention verknüpfen" }).ClickAsync();

        await Assertions.Expect(section.Locator(".goal-interventions")).ToContainTextAsync("Maßnahme: Arbeitsgelegenheit im Mieterverein");
        await Assertions.Expect(section.Locator(".goal-next")).ToHaveTextAsync("Überprüfen");
        await AssertNoAccessibilityViolationsAsync("the case page with an active goal and its forms");
        await ScreenshotAsync("tasklist-goal-cycle");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Gestärkt", Exact = true }).CheckAsync();
        await Page.GetByLabel("Begründung", new() { Exact = true }).FillAsync("Mietvertrag unterschrieben");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Überprüfung speichern" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Überprüfung gespeichert.");
        await Assertions.Expect(section).ToContainTextAsync("Kein aktives Ziel.");
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Frühere Ziele" });
        await Assertions.Expect(history.GetByRole(AriaRole.Rowheader, new() { Name = "Wohnen", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(history).ToContainTextAsync("Erreicht (Ressourcenbereich gestärkt)");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Ziel vereinbaren" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the case page after the review");
    }
}
