using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The IFK opens "Fällige Kontakte" from the navigation: most overdue first, rule in words, scope by keyboard; axe.</summary>
public sealed class DueContactsPageTests : BrowserTest
{
    [Fact]
    public async Task The_ifk_sees_the_most_overdue_customer_first_and_switches_to_the_team_scope_with_the_keyboard()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        foreach (var (familyName, daysAgo) in new[] { ("Später", 3), ("Überfällig", 45) })
        {
            var id = await CreateCustomerAsync(ifk, familyName: familyName);
            var profile = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "MP", actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = false });
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
            await RecordOkAsync(ifk, id, app.Clock.GetUtcNow().AddDays(-daysAgo));
        }

        await SignInAsync("ifk.meyer");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Fällige Kontakte" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Fällige Kontakte", Exact = true }).WaitForAsync();

        var table = Page.GetByRole(AriaRole.Table, new() { Name = "2 Kundinnen und Kunden mit Kontaktfälligkeit, die am längsten überfälligen zuerst" });
        var first = table.GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(first).ToContainTextAsync("Überfällig, Erika");
        await Assertions.Expect(first).ToContainTextAsync("18.10.2026");
        await Assertions.Expect(first).ToContainTextAsync("15 Tagen");
        await Assertions.Expect(first).ToContainTextAsync("Marktprofil (MP)");
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("nicht überfällig");
        await AssertNoAccessibilityViolationsAsync("the due list");

        await Page.GetByRole(AriaRole.Radio, new() { Name = "Meine Kundinnen und Kunden" }).FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");

        await Assertions.Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Alle, die ich sehen darf" })).ToBeCheckedAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("scope=team"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Überfällig, Erika");
    }
}
