using Microsoft.Playwright;
using static CaseFlow.Host.Tests.FollowUps.FollowUpSteps;

namespace CaseFlow.Host.Tests.Browser;

/// <summary>The follow-ups in the inbox: the IFK sees the follow-up of a bFM exit, overdue marked, and marks it done with the keyboard; axe.</summary>
public sealed class FollowUpInboxTests : BrowserTest
{
    [Fact]
    public async Task The_ifk_sees_an_overdue_follow_up_in_the_inbox_and_marks_it_done_with_the_keyboard()
    {
        var (_, ifk, _) = await ExitedBfmCaseAsync(app);
        var followUp = (await ListAsync(ifk)).Items.Single()!;
        var customerNumber = followUp["customerNumber"]!.GetValue<string>();
        var due = followUp["dueAt"]!.GetValue<DateTime>().ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        app.Clock.Advance(TimeSpan.FromDays(8));

        await SignInAsync("ifk.meyer");
        var section = Page.GetByRole(AriaRole.Region, new() { Name = "Wiedervorlagen" });
        var row = section.GetByRole(AriaRole.Row).Filter(new() { HasText = customerNumber });
        await row.WaitForAsync();
        await Expect(row).ToContainTextAsync(due);
        await Expect(row).ToContainTextAsync("überfällig");
        await Expect(row).ToContainTextAsync($"Mustermann, Erika ({customerNumber})");
        await Expect(row).ToContainTextAsync("Wiedervorlage nach Fallabgang aus dem bFM");
        await Expect(section.GetByRole(AriaRole.Table)).ToContainTextAsync("1 offene Wiedervorlage");
        await AssertNoAccessibilityViolationsAsync("the inbox with follow-ups");

        await TabToAsync("Erledigt:", prefix: true);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Wiedervorlage zu Kundennummer {customerNumber} erledigt.");
        await Expect(section.GetByText("Keine offenen Wiedervorlagen.")).ToBeVisibleAsync();
        Assert.Equal("follow-ups-heading", await Page.EvaluateAsync<string>("() => document.activeElement.id"));
        var done = (await ListAsync(ifk, "?status=done")).Items.Single()!;
        Assert.Equal("ifk.meyer", done["doneBy"]!.GetValue<string>());
        await AssertNoAccessibilityViolationsAsync("the inbox after the follow-up was done");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
