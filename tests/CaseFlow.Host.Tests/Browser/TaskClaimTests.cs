using System.Net;
using Microsoft.Playwright;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>Claiming from the role's tasks and giving back in the inbox; a claim someone else made first is shown as the API's 409.</summary>
public sealed class TaskClaimTests : BrowserTest
{
    [Fact]
    public async Task An_fm_claims_the_intake_gives_it_back_and_sees_the_conflict_when_a_colleague_was_faster()
    {
        var (caseId, _, ifk) = await TaskSteps.WaitingForIfkAsync(app);
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        await app.ProcessEngineAsync();
        var fm = await app.SignInAsync("fm.schulz");
        var taskId = await TaskAtAsync(fm, caseId, "Task_Intake");

        await SignInAsync("fm.schulz");
        // One task in the list; the button's name also carries the task's name (visually hidden) for screen readers.
        var claim = Page.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" });
        await claim.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("übernommen");
        Assert.Equal("fm.schulz", (await Infrastructure.Api.ReadAsync(await fm.GetAsync($"/api/tasks/{taskId}")))["assignee"]!.GetValue<string>());

        await Page.GetByRole(AriaRole.Button, new() { Name = "Zurückgeben" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("zurückgegeben");
        Assert.Null((await Infrastructure.Api.ReadAsync(await fm.GetAsync($"/api/tasks/{taskId}")))["assignee"]);

        // A deputy takes the task while the page still offers it: the click answers with the API's conflict, nothing else changes.
        var deputy = await app.SignInAsync("fm.wagner");
        Assert.Equal(HttpStatusCode.OK, (await deputy.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        await claim.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Konflikt (conflict)");
        Assert.Equal("fm.wagner", (await Infrastructure.Api.ReadAsync(await deputy.GetAsync($"/api/tasks/{taskId}")))["assignee"]!.GetValue<string>());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
