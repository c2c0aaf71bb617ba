using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The unemployed status in the profile form, and the plan's goal links picked by name from the customer's goals; axe.</summary>
public sealed class ProfileAndGoalLinkTests : BrowserTest
{
    [Fact]
    public async Task The_ifk_unticks_unemployed_in_the_profile_form_and_sees_the_contact_rule_change_and_the_saved_value_after_reload()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        await SignInAsync("ifk.meyer");
        await Page.GotoAsync($"/tasks/#/customer/{customerId}");
        var unemployed = Page.GetByRole(AriaRole.Checkbox, new() { Name = "arbeitslos (für die Kontaktdichte)" });
        await Assertions.Expect(unemployed).ToBeCheckedAsync();
        await Assertions.Expect(Page.Locator(".customer-contact-rule")).ToHaveTextAsync("25 und älter (Ü25), arbeitslos, Entwicklungsprofil (EP)");
        await Assertions.Expect(Page.Locator(".customer-contact-due")).Not.ToHaveTextAsync("keine Fälligkeit (kein Profil oder ausgesetzt)");
        await AssertNoAccessibilityViolationsAsync("the customer page with the unemployed box");

        await unemployed.UncheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Profil speichern" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Profil gespeichert.");
        await Assertions.Expect(Page.Locator(".customer-contact-rule")).ToHaveTextAsync("25 und älter (Ü25), nicht arbeitslos, Entwicklungsprofil (EP)");
        await Page.ReloadAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "arbeitslos (für die Kontaktdichte)" })).Not.ToBeCheckedAsync();
        var customer = await ReadAsync(await ifk.GetAsync($"/api/customers/{customerId}"));
        Assert.False(customer["unemployed"]!.GetValue<bool>());
        Assert.Equal("Ue25/notUnemployed/EP", customer["contactRuleCell"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_fm_picks_the_active_goal_by_name_in_the_plan_form_and_sees_it_linked_on_the_case_page()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var caseId = await CreateBfmCaseAsync(ifk, customerId);
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });
        await ActOkAsync(fm, caseId, "complete-assessment");
        var past = IdOf(await AgreeOkAsync(fm, customerId, Goal("finances", "Schulden regulieren")));
        await LinkOkAsync(fm, customerId, past);
        await ReviewOkAsync(fm, customerId, past, new { outcome = "strengthened" });
        var active = IdOf(await AgreeOkAsync(fm, customerId, Goal("housing", "Eine eigene Wohnung finden")));

        await SignInAsync("fm.schulz");
        await Page.GotoAsync($"/tasks/#/case/{caseId}");
        var plan = Page.GetByRole(AriaRole.Form, new() { Name = "Plan vereinbaren" });
        var links = plan.GetByRole(AriaRole.Group, new() { Name = "Verknüpfte fa:z-Entwicklungsziele" });
        await Assertions.Expect(links.GetByRole(AriaRole.Checkbox, new() { Name = "Finanzen und Schulden: Schulden regulieren – Erreicht (Ressourcenbereich gestärkt) (nicht verknüpfbar)" })).ToBeDisabledAsync();
        Assert.DoesNotContain(active.ToString(), await plan.InnerTextAsync());
        await AssertNoAccessibilityViolationsAsync("the plan form with the goal lookup");

        await links.GetByRole(AriaRole.Checkbox, new() { Name = "Wohnen: Eine eigene Wohnung finden (Aktiv)" }).CheckAsync();
        await plan.GetByLabel("Art des Plans").SelectOptionAsync(new SelectOptionValue { Label = "Kooperationsplan" });
        await plan.GetByLabel("Nächste Überprüfung fällig am").FillAsync(InMonths(app, 3));
        await plan.GetByLabel("Mit der Kundin/dem Kunden gemeinsam vereinbart").CheckAsync();
        await plan.GetByRole(AriaRole.Button, new() { Name = "Plan vereinbaren ausführen" }).ClickAsync();

        await Assertions.Expect(Page.Locator(".case-state")).ToHaveTextAsync("Fallsteuerung");
        await Assertions.Expect(Page.Locator(".case-file")).ToContainTextAsync("Wohnen: Eine eigene Wohnung finden");
        Assert.DoesNotContain(active.ToString(), await Page.Locator(".case-file").InnerTextAsync());
        var view = await GetCaseAsync(fm, caseId);
        Assert.Contains(view["file"]!.AsArray(), f => f!["label"]!.GetValue<string>() == "Verknüpfte Entwicklungsziele" && f["value"]!.GetValue<string>() == "Wohnen: Eine eigene Wohnung finden");
    }
}
