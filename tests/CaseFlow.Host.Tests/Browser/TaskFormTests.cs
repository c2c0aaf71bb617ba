using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// Task forms generated from the schemas of the case actions a task is bound to: the plan task asks for the fields of
/// "Plan vereinbaren" and completing it takes the action; the intake offers its two actions and shows the chosen one's fields.
/// </summary>
public sealed class TaskFormTests : BrowserTest
{
    [Fact]
    public async Task An_fm_completes_the_plan_task_through_the_form_generated_from_the_agree_plan_schema()
    {
        var (caseId, _, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        var fm = await app.SignInAsync("fm.schulz");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await CompleteAtAsync(fm, caseId, "Task_Intake", new { caseAction = "accept", workingAlliance = true });
        await CompleteAtAsync(fm, caseId, "Task_Assessment");
        var plan = await TaskAtAsync(fm, caseId, "Task_Plan");

        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/task/{plan}");
        var fields = Page.Locator("form.task-form").GetByRole(AriaRole.Group, new() { Name = "Plan vereinbaren" });
        await fields.WaitForAsync();
        await Expect(Page.Locator(".details")).ToContainTextAsync("aus der Fallaktion: Plan vereinbaren");
        await fields.GetByLabel("Art des Plans").SelectOptionAsync(new SelectOptionValue { Label = "Kooperationsplan" });
        await fields.GetByLabel("Nächste Überprüfung fällig am").FillAsync(InMonths(app, 5));
        await fields.GetByLabel("Ziele", new() { Exact = true }).FillAsync("Tagesstruktur aufbauen\nSchulden, Miete regeln");
        await fields.GetByLabel("Mit der Kundin/dem Kunden gemeinsam vereinbart").CheckAsync();
        await fields.GetByLabel("Notiz").FillAsync("Plan gemeinsam besprochen");
        await AssertNoAccessibilityViolationsAsync("the plan task's generated form");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Aufgabe erledigen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aufgabe „Integrationsplan und Kooperationsplan vereinbaren“ erledigt.");
        Assert.Equal("Steering", await CaseStateAsync(fm, caseId));
        var agreed = Assert.Single(await HistoryAsync(fm, caseId), e => e!["action"]!.GetValue<string>() == "agree-plan")!;
        Assert.Contains(agreed["details"]!.AsArray(), d => d!["label"]!.GetValue<string>() == "Art des Plans" && d["value"]!.GetValue<string>() == "Kooperationsplan");
        Assert.Equal("Plan gemeinsam besprochen", agreed["note"]!.GetValue<string>());
        Assert.Equal(["Tagesstruktur aufbauen", "Schulden, Miete regeln"], (await GetCaseAsync(fm, caseId))["bfm"]!["goals"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task The_intake_task_offers_its_two_actions_and_returns_the_case_with_the_reason_of_the_chosen_one()
    {
        var (caseId, instanceId, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        var fm = await app.SignInAsync("fm.schulz");
        var intake = await TaskAtAsync(fm, caseId, "Task_Intake");

        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/task/{intake}");
        var form = Page.Locator("form.task-form");
        var decision = form.GetByLabel("Entscheidung", new() { Exact = true });
        await decision.WaitForAsync();
        var accept = form.GetByRole(AriaRole.Group, new() { Name = "Fall übernehmen" });
        var reject = form.GetByRole(AriaRole.Group, new() { Name = "Fall zurückgeben" });
        await Expect(accept).ToBeHiddenAsync();
        await Expect(reject).ToBeHiddenAsync();

        await decision.SelectOptionAsync(new SelectOptionValue { Label = "Fall zurückgeben" });
        await Expect(accept).ToBeHiddenAsync();
        await reject.GetByLabel("Grund der Rückgabe").FillAsync("Kundin zieht weg");
        await AssertNoAccessibilityViolationsAsync("the intake task with the reject fields");
        await form.GetByRole(AriaRole.Button, new() { Name = "Aufgabe erledigen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("erledigt.");
        Assert.Equal("Returned", await CaseStateAsync(ifk, caseId));
        Assert.Equal("reject", (await InstanceAsync(ifk, instanceId))["variables"]!["caseAction"]!.GetValue<string>());
        var rejected = Assert.Single(await HistoryAsync(ifk, caseId), e => e!["action"]!.GetValue<string>() == "reject")!;
        Assert.Contains("Kundin zieht weg", rejected.ToJsonString(), StringComparison.Ordinal);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
