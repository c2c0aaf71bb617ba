using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>Need to know in the web app: the IFK's summary of a bFM case, the outreach summary the aB-pAp releases for the pAp, "Wer hat gelesen"; axe.</summary>
public sealed class NeedToKnowPageTests : BrowserTest
{
    [Fact]
    public async Task The_secondary_ifk_sees_the_case_summary_without_empty_fm_sections()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true, ifkStaysSecondary = true } });

        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Verlauf" }).WaitForAsync();

        await Assertions.Expect(Page.Locator(".need-to-know")).ToContainTextAsync("Zusammenfassung dieses Falls");
        await Assertions.Expect(Page.Locator(".case-key-dates")).ToContainTextAsync("Übernommen am");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Akte", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Laufende Abläufe" })).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator(".case-file")).ToHaveCountAsync(0);
        await AssertNoAccessibilityViolationsAsync("the case summary of a secondary IFK");
    }

    [Fact]
    public async Task The_adviser_releases_a_summary_and_the_pap_reads_it_on_the_case_page()
    {
        var (caseId, _) = await QueuedOutreachCaseAsync(app);
        await ActOkAsync(await app.SignInAsync("ab.kaya"), caseId, "take-over");

        await SignInAsync("ab.kaya");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Zusammenfassung für die/den pAp freigeben" }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the release form of the aB-pAp");
        await Page.GetByLabel("Text der Zusammenfassung").FillAsync("Kontakt steht, Termin im Jobcenter zugesagt.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Freigeben", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Zusammenfassung für die/den pAp freigegeben");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("pap.hoff");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Zusammenfassung für die/den pAp" }).WaitForAsync();

        await Assertions.Expect(Page.Locator(".outreach-summary")).ToContainTextAsync("Kontakt steht, Termin im Jobcenter zugesagt.");
        await Assertions.Expect(Page.Locator(".outreach-summary")).ToContainTextAsync("ab.kaya");
        await Assertions.Expect(Page.Locator(".release-summary-form")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator(".case-file")).ToHaveCountAsync(0);
        await AssertNoAccessibilityViolationsAsync("the pAp's case page with the released summary");
    }

    [Fact]
    public async Task The_data_protection_officer_sees_who_read_the_customers_fm_file()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);
        var customerId = (await GetCaseAsync(fm, caseId))["customerId"]!.GetValue<Guid>();

        await SignInAsync("dsb.weber");
        await Page.GotoAsync($"/tasks/#/customer/{customerId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Wer hat gelesen" }).WaitForAsync();

        var table = Page.Locator("table.who-read");
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "fm.schulz" })).ToBeVisibleAsync();
        await Assertions.Expect(table).ToContainTextAsync("FM-Akte");
        await AssertNoAccessibilityViolationsAsync("who read this");
    }

    [Fact]
    public async Task Who_read_this_is_not_shown_to_a_caseworker()
    {
        var (caseId, ifk, _) = await CaseInSteeringAsync(app);
        var customerId = (await GetCaseAsync(ifk, caseId))["customerId"]!.GetValue<Guid>();

        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/customer/{customerId}");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Fälle" }).First.WaitForAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Wer hat gelesen" })).ToHaveCountAsync(0);
    }
}
