using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The designer's list (new workflow from the template) and the read-only lifecycle diagrams, with axe checks.</summary>
public sealed class DesignerPagesTests : BrowserTest
{
    [Fact]
    public async Task A_new_workflow_starts_from_the_template_with_the_standard_lanes()
    {
        await SignInAsync("owner.process", "/designer/");
        await Page.GetByRole(AriaRole.Table, new() { Name = "Workflows (BPMN)" }).WaitForAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "provider-referral" })).ToHaveCountAsync(1);
        await AssertNoAccessibilityViolationsAsync("the designer's workflow list");
        await ScreenshotAsync("designer-list");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Neuer Workflow" }).ClickAsync();
        await AssertNoAccessibilityViolationsAsync("the new-workflow form");
        var key = Page.GetByLabel("Schlüssel", new() { Exact = true });
        await Expect(key).ToBeFocusedAsync();
        await key.FillAsync("Falscher Schlüssel");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Kontakt U25");
        await Page.GetByLabel("Fallart", new() { Exact = true }).SelectOptionAsync("outreach");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();
        await Page.GetByText("Ungültiger Schlüssel").WaitForAsync();
        await Expect(key).ToHaveAttributeAsync("aria-invalid", "true");

        await key.FillAsync("provider-referral");
        await key.PressAsync("Enter");
        await Page.GetByText("Den Schlüssel „provider-referral“ gibt es schon.").WaitForAsync();

        await key.FillAsync("u25-kontakt");
        await key.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Workflow bearbeiten: Kontakt U25" }).WaitForAsync();
        await Expect(Page.GetByText("Prüfung läuft")).ToHaveCountAsync(0);
        var problems = Page.GetByRole(AriaRole.Region, new() { Name = "Prüfung", Exact = true });
        Assert.True(await problems.GetByText("Keine Probleme").IsVisibleAsync(), await problems.InnerTextAsync());
        foreach (var lane in new[] { "Lane_IFK", "Lane_FM", "Lane_ABPAP", "Lane_Provider" })
        {
            await Expect(Page.Locator($"[data-element-id='{lane}']")).ToHaveCountAsync(1);
        }

        // The lane's role in the properties panel.
        await Page.GetByLabel("Element auswählen").SelectOptionAsync("Lane_ABPAP");
        await Expect(Page.GetByLabel("Rolle der Bahn")).ToHaveValueAsync("ABPAP");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mit veröffentlichter Version vergleichen" }).ClickAsync();
        await Page.GetByText("Es gibt noch keine veröffentlichte Version").WaitForAsync();

        var owner = await app.SignInAsync("owner.process");
        var list = await owner.GetFromJsonAsync<JsonElement>("/api/workflows");
        var created = list.EnumerateArray().Single(w => w.GetProperty("key").GetString() == "u25-kontakt");
        Assert.Equal("outreach", created.GetProperty("caseKind").GetString());
        Assert.Equal(JsonValueKind.Object, created.GetProperty("draft").ValueKind);
        var draft = await owner.GetStringAsync("/api/workflows/u25-kontakt/draft");
        Assert.Contains("cf:role=\"Provider\"", draft);
    }

    [Fact]
    public async Task The_lifecycles_are_shown_as_diagrams_with_a_table_of_actions()
    {
        await SignInAsync("owner.process", "/designer/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lebenszyklen", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Lebenszyklen", Level = 1 }).WaitForAsync();

        var owner = await app.SignInAsync("owner.process");
        var lifecycles = await owner.GetFromJsonAsync<JsonElement>("/api/lifecycles");
        foreach (var lifecycle in lifecycles.EnumerateArray())
        {
            var kind = lifecycle.GetProperty("kind").GetString();
            await Page.GetByRole(AriaRole.Heading, new() { Name = $"Fallart {kind}", Exact = true }).WaitForAsync();
            await Expect(Page.GetByRole(AriaRole.Img, new() { Name = $"Zustandsdiagramm {kind};" }).Locator("svg")).ToHaveCountAsync(1);
            var table = Page.GetByRole(AriaRole.Table, new() { Name = $"Aktionen der Fallart {kind} " });
            var firstAction = lifecycle.GetProperty("actions")[0].GetProperty("action").GetString()!;
            await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = firstAction, Exact = true })).ToHaveCountAsync(1);
        }

        await AssertNoAccessibilityViolationsAsync("the lifecycle diagrams");
        await ScreenshotAsync("designer-lifecycles");
    }
}
