using System.Globalization;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>"Meine Fälle" beside the inbox: next due first with German dates and labels, scope switch, keyboard, axe.</summary>
public sealed class MyCasesPageTests : BrowserTest
{
    [Fact]
    public async Task The_fm_sees_her_cases_next_review_first_switches_to_the_intake_and_opens_a_case_by_keyboard()
    {
        var (later, _, fm) = await CaseInSteeringAsync(app);
        var (sooner, _, _) = await CaseInSteeringAsync(app);
        await ActOkAsync(fm, sooner, "revise-plan");
        await ActOkAsync(fm, sooner, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 2) } });
        var ifk = await app.SignInAsync("ifk.meyer");
        var referred = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, referred, "refer", new { data = new { consent = true } });
        var soonerNumber = await CustomerNumberAsync(fm, sooner);

        await SignInAsync("fm.schulz");
        var panel = Page.Locator(".my-cases-panel");
        await panel.GetByRole(AriaRole.Heading, new() { Name = "Meine Fälle" }).WaitForAsync();
        var rows = panel.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(soonerNumber);
        await Assertions.Expect(rows.Nth(1).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(await CustomerNumberAsync(fm, later));
        var due = DateOnly.Parse(InMonths(app, 2), CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync(due);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Überprüfung des Kooperationsplans");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Fallsteuerung");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync($"Mustermann, Erika ({soonerNumber})");
        await AssertNoAccessibilityViolationsAsync("the start page with Meine Fälle");
        await ScreenshotAsync("tasklist-my-cases");

        await FocusByTabAsync("Fälle");
        await Page.Keyboard.PressAsync("End");
        await FocusByTabAsync("Anzeigen");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Vorgemerkt (wartet auf Fallzugang)");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("nichts fällig");

        await FocusByTabAsync($"Fall von Kundennummer {await CustomerNumberAsync(ifk, referred)} öffnen");
        await Page.Keyboard.PressAsync("Enter");
        await Page.Locator(".case-state").WaitForAsync();
        Assert.EndsWith($"#/case/{referred}", Page.Url);
    }

    private static async Task<string> CustomerNumberAsync(HttpClient client, Guid caseId)
    {
        var customerId = (await GetCaseAsync(client, caseId))["customerId"]!.GetValue<Guid>();
        return (await ReadAsync(await client.GetAsync($"/api/customers/{customerId}")))["customerNumber"]!.GetValue<string>();
    }

    /// <summary>Presses Tab until the focused element's label, aria-label or text is <paramref name="name"/> (at most 80 times).</summary>
    private async Task FocusByTabAsync(string name)
    {
        for (var i = 0; i < 80; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = await Page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return (e.getAttribute('aria-label') || (e.labels && e.labels[0] ? e.labels[0].textContent : e.textContent) || '').trim(); }");
            if (focused == name)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached '{name}'.");
    }
}
