using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>
/// Issue 14 "Done when": a whole bFM case through the web app alone – the IFK registers, profiles, finds, opens and
/// refers by keyboard; the FM takes it from intake to exit; the IFK marks the follow-up done. axe on every page.
/// </summary>
public sealed class WholeBfmCaseTests : BrowserTest
{
    private const string Number = "123D456789";

    [Fact]
    public async Task An_ifk_and_an_fm_take_a_bfm_case_from_registration_to_the_follow_up_in_the_web_app_alone()
    {
        await IfkRegistersProfilesAndFindsTheCustomerAsync();
        await IfkOpensAndRefersTheBfmCaseAsync();
        await FmAcceptsAndWorksTheCaseToItsExitAsync();

        await SignInAsync("ifk.meyer");
        var section = Page.GetByRole(AriaRole.Region, new() { Name = "Wiedervorlagen" });
        var row = section.GetByRole(AriaRole.Row).Filter(new() { HasText = Number });
        await Expect(row).ToContainTextAsync("Wiedervorlage nach Fallabgang aus dem bFM");
        await AssertNoAccessibilityViolationsAsync("the IFK's inbox with the follow-up");
        await TabToAsync("Erledigt:", prefix: true);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Wiedervorlage zu Kundennummer {Number} erledigt.");
        await Expect(section.GetByText("Keine offenen Wiedervorlagen.")).ToBeVisibleAsync();
    }

    private async Task IfkRegistersProfilesAndFindsTheCustomerAsync()
    {
        await SignInAsync("ifk.meyer");
        await Page.GetByText("Seite 1 von 1").WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the IFK's inbox");
        await TabToAsync("Kundinnen und Kunden");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kundinnen und Kunden", Level = 1 }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the customer search");

        await TabToAsync("Kundin/Kunden anlegen");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kundin/Kunden anlegen", Level = 1 }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the register form");
        await TypeIntoAsync("Vorname", "Anna");
        await TypeIntoAsync("Familienname", "Müller");
        await TypeIntoAsync("Geburtsdatum", "12041990");
        await TypeIntoAsync("Kundennummer", Number);
        await TabToAsync("Anlegen");
        await Page.Keyboard.PressAsync("Enter");

        var customerHeading = Page.GetByRole(AriaRole.Heading, new() { Name = $"Müller, Anna ({Number})", Level = 1 });
        await customerHeading.WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the customer page");
        await RecordEligibleProfileByKeyboardAsync("Schuldenabbau", "Beseitigung von Obdachlosigkeit", "Schaffung einer Tagesstruktur");

        await TabToAsync("Zurück zur Suche");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Kundinnen und Kunden", Level = 1 }).WaitForAsync();
        await TypeIntoAsync("Name oder Kundennummer", "Müller");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Müller, Anna" })).ToBeVisibleAsync();
        await AssertNoAccessibilityViolationsAsync("the search results");
        await TabToAsync("Müller, Anna");
        await Page.Keyboard.PressAsync("Enter");
        await customerHeading.WaitForAsync();
        await Expect(Page.GetByLabel("Schuldenabbau")).ToBeCheckedAsync();
    }

    private async Task IfkOpensAndRefersTheBfmCaseAsync()
    {
        await TabToAsync("Fallart");
        await Page.Keyboard.TypeAsync("Besch");
        await Expect(Page.GetByLabel("Fallart")).ToHaveValueAsync("bfm");
        await TabToAsync("Fall eröffnen");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Beschäftigungsorientiertes Fallmanagement (bFM)");
        await Expect(Page.Locator(".case-state")).ToHaveTextAsync("Entwurf");
        await AssertNoAccessibilityViolationsAsync("the case page in draft");

        await TabToAsync("Aufgaben dieses Falls");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Link, new() { Name = TaskSteps.CheckAccess }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the inbox filtered to the case");
        await TabToAsync(TaskSteps.CheckAccess);
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = $"Aufgabe: {TaskSteps.CheckAccess}" }).WaitForAsync();
        await AssertNoAccessibilityViolationsAsync("the check-access task");
        await TabToAsync("Einverständnis der Kundin/des Kunden liegt vor");
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync("Aufgabe erledigen");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("erledigt.");

        await TabToAsync("Abmelden", key: "Shift+Tab");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).WaitForAsync();
    }

    private async Task FmAcceptsAndWorksTheCaseToItsExitAsync()
    {
        await SignInAsync("fm.schulz");
        var intake = Page.GetByRole(AriaRole.Link, new() { Name = TaskSteps.Intake });
        await intake.WaitForAsync();
        var myCases = Page.Locator(".my-cases-panel");
        await myCases.GetByLabel("Fälle", new() { Exact = true }).SelectOptionAsync("team");
        await myCases.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        var row = myCases.Locator("tbody tr").Filter(new() { HasText = Number });
        await Expect(row).ToContainTextAsync("Vorgemerkt (wartet auf Fallzugang)");
        await AssertNoAccessibilityViolationsAsync("the FM's start page");

        await intake.ClickAsync();
        var task = Page.Locator("form.task-form");
        await task.GetByLabel("Entscheidung", new() { Exact = true }).SelectOptionAsync("accept");
        await task.GetByLabel("Arbeitsbündnis geschlossen").CheckAsync();
        await AssertNoAccessibilityViolationsAsync("the intake task");
        await task.GetByRole(AriaRole.Button, new() { Name = "Aufgabe erledigen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("erledigt.");

        await myCases.GetByRole(AriaRole.Link, new() { Name = $"Fall von Kundennummer {Number} öffnen" }).ClickAsync();
        var state = Page.Locator(".case-state");
        await Expect(state).ToHaveTextAsync("Assessment (Standortbestimmung)");
        await AssertNoAccessibilityViolationsAsync("the case page in assessment");
        await TakeAsync("Assessment abschließen");
        await Expect(state).ToHaveTextAsync("Integrationsplanung");

        var plan = Page.GetByRole(AriaRole.Form, new() { Name = "Plan vereinbaren" });
        await plan.GetByLabel("Art des Plans").SelectOptionAsync(new SelectOptionValue { Label = "Kooperationsplan" });
        await plan.GetByLabel("Mit der Kundin/dem Kunden gemeinsam vereinbart").CheckAsync();
        await plan.GetByLabel("Nächste Überprüfung fällig am").FillAsync(InMonths(app, 5));
        await TakeAsync("Plan vereinbaren");
        await Expect(state).ToHaveTextAsync("Fallsteuerung");
        var review = Page.GetByRole(AriaRole.Form, new() { Name = "Überprüfung festhalten" });
        await review.GetByRole(AriaRole.Combobox, new() { Name = "Prognose" }).SelectOptionAsync("Positive");
        await review.GetByLabel("Begründung der Prognose").FillAsync("Tagesstruktur stabil");
        await TakeAsync("Überprüfung festhalten");
        await Expect(Page.Locator(".case-file")).ToContainTextAsync("Kooperationsplan");
        await Expect(Page.Locator(".case-file")).ToContainTextAsync("Tagesstruktur stabil");

        var exit = Page.GetByRole(AriaRole.Form, new() { Name = "Fallabgang" });
        await exit.GetByLabel("Grund des Fallabgangs").SelectOptionAsync("GoalReached");
        await exit.GetByLabel("Profillage beim Abgang").SelectOptionAsync("AP");
        await exit.GetByLabel("Abschlussplan (vereinbarte nächste Schritte nach dem Abgang)").FillAsync("Nachbetreuung durch die IFK");
        await TakeAsync("Fallabgang");
        await Expect(state).ToHaveTextAsync("Fallabgang");
        await AssertNoAccessibilityViolationsAsync("the exited case page");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).WaitForAsync();
    }

    /// <summary>Takes the case action labelled <paramref name="label"/> with its form's button and waits for the redrawn page.</summary>
    private async Task TakeAsync(string label)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"{label} ausführen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Aktion „{label}“ ausgeführt");

        // The announcement comes before the page is drawn anew; the new history row shows the new page stands.
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Verlauf" });
        await history.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }).WaitForAsync();
    }


    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
