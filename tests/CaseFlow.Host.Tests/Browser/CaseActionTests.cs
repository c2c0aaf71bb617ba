using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>Taking a lifecycle action on the case page: a refusal shows the rule's reason by its form and changes nothing, the corrected action moves the case.</summary>
public sealed class CaseActionTests : BrowserTest
{
    [Fact]
    public async Task An_fm_refers_to_a_provider_on_the_case_page_after_the_voluntariness_rule_refused_a_sanction()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);
        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "An einen Träger übergeben" });
        await form.WaitForAsync();

        await form.GetByLabel(new Regex(@"^Träger( \*)?$")).SelectOptionAsync("sb-nord");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Zielgruppe", Exact = true }).FillAsync("Wohnungslose");
        await form.GetByLabel("Teilnahme freiwillig").CheckAsync();
        await form.GetByLabel("Mit Rechtsfolgenbelehrung").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "An einen Träger übergeben ausführen" }).ClickAsync();

        await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("sanktionsbewehrte Pflicht");
        Assert.Equal("Draft", await CaseStateAsync(fm, caseId));

        await form.GetByLabel("Mit Rechtsfolgenbelehrung").UncheckAsync();
        await form.GetByLabel("Kundennummer", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "An einen Träger übergeben ausführen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aktion „An einen Träger übergeben“ ausgeführt");
        Assert.Equal("AwaitingProvider", await CaseStateAsync(fm, caseId));
        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("Übergeben, Antwort des Trägers offen");
    }
}
