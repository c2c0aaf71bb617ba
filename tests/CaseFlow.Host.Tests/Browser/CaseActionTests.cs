using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>Taking a lifecycle action on the case page: a refusal shows the rule's reason and changes nothing, the corrected action moves the case.</summary>
public sealed class CaseActionTests : BrowserTest
{
    [Fact]
    public async Task An_fm_refers_to_a_provider_on_the_case_page_after_the_voluntariness_rule_refused_a_sanction()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);
        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Aktion ausführen (take action)" }).WaitForAsync();

        await Page.GetByLabel("Aktion (action)").SelectOptionAsync("refer");
        await Page.GetByLabel("Daten als JSON (data)").FillAsync(
            """{"provider":"sb-nord","targetGroup":"Wohnungslose","voluntary":true,"sanctionBacked":true}""");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aktion ausführen (take action)" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("sanktionsbewehrte Pflicht");
        Assert.Equal("Draft", await CaseStateAsync(fm, caseId));

        await Page.GetByLabel("Daten als JSON (data)").FillAsync(
            """{"provider":"sb-nord","targetGroup":"Wohnungslose","voluntary":true,"consentedFields":["customerNumber"]}""");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aktion ausführen (take action)" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aktion refer ausgeführt");
        Assert.Equal("AwaitingProvider", await CaseStateAsync(fm, caseId));
        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("AwaitingProvider");
    }
}
