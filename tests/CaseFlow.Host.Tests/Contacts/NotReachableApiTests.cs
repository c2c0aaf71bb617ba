using System.Net;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.FollowUps.FollowUpSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>
/// Three missed appointments in a row mark the customer not reachable (Neue Grundsicherung 2026); an attended contact clears
/// it; an under-25 customer's IFK gets one follow-up "Übergabe an die aufsuchende Beratung prüfen", never two open.
/// </summary>
public sealed class NotReachableApiTests : AppTest
{
    [Fact]
    public async Task Three_missed_appointments_mark_an_under_25_not_reachable_and_give_the_ifk_one_follow_up()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var customerId = await CreateCustomerAsync(pap, birthDate: U25BirthDate);

        await MissedOkAsync(app, pap, customerId, 21, 14);
        Assert.False((await CustomerAsync(pap, customerId))["notReachable"]!.GetValue<bool>());
        await MissedOkAsync(app, pap, customerId, 7);

        var customer = await CustomerAsync(pap, customerId);
        Assert.True(customer["notReachable"]!.GetValue<bool>());
        Assert.Equal(3, customer["missedInARow"]!.GetValue<int>());
        Assert.Equal(app.Clock.GetUtcNow().AddDays(-7).UtcDateTime, customer["notReachableSince"]!.GetValue<DateTime>().ToUniversalTime());
        var (items, total) = await ListAsync(pap);
        Assert.Equal(1, total);
        Assert.Equal(ReachabilityUpdate.OutreachSuggestion, items[0]!["reason"]!.GetValue<string>());
        Assert.Null(items[0]!["caseId"]);
        Assert.Equal(["create", "missed-appointment", "missed-appointment", "missed-appointment", "not-reachable", "follow-up-created"], await CustomerJournalAsync(app, customerId));
    }

    [Fact]
    public async Task A_fourth_missed_appointment_and_a_new_row_after_clearing_add_no_second_open_follow_up()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var customerId = await CreateCustomerAsync(pap, birthDate: U25BirthDate);
        await MissedOkAsync(app, pap, customerId, 30, 29, 28, 27);
        await RecordOkAsync(pap, customerId, app.Clock.GetUtcNow().AddDays(-20), "angebotU25");
        await MissedOkAsync(app, pap, customerId, 10, 9, 8);

        Assert.True((await CustomerAsync(pap, customerId))["notReachable"]!.GetValue<bool>());
        Assert.Equal(1, (await ListAsync(pap)).Total);
    }

    [Fact]
    public async Task After_the_follow_up_is_done_a_new_row_gives_a_new_one_journaled_on_the_customer()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var customerId = await CreateCustomerAsync(pap, birthDate: U25BirthDate);
        await MissedOkAsync(app, pap, customerId, 30, 29, 28);
        var first = (await ListAsync(pap)).Items[0]!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await DoneAsync(pap, first, "Mit aB-pAp gesprochen")).StatusCode);
        await RecordOkAsync(pap, customerId, app.Clock.GetUtcNow().AddDays(-20), "angebotU25", "phone");
        await MissedOkAsync(app, pap, customerId, 10, 9, 8);

        Assert.Equal(1, (await ListAsync(pap)).Total);
        Assert.Contains("follow-up-done", await CustomerJournalAsync(app, customerId));
    }

    [Fact]
    public async Task An_adult_becomes_not_reachable_without_a_follow_up()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        await MissedOkAsync(app, ifk, customerId, 3, 2, 1);

        Assert.True((await CustomerAsync(ifk, customerId))["notReachable"]!.GetValue<bool>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.FollowUps.CountAsync()));
    }

    [Fact]
    public async Task An_attended_personal_contact_clears_the_mark_and_a_letter_does_not()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        await MissedOkAsync(app, ifk, customerId, 3, 2, 1);

        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddHours(-5), "allgemeinerVermerk", "letter");
        Assert.True((await CustomerAsync(ifk, customerId))["notReachable"]!.GetValue<bool>());
        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddHours(-1));

        var customer = await CustomerAsync(ifk, customerId);
        Assert.False(customer["notReachable"]!.GetValue<bool>());
        Assert.Equal(0, customer["missedInARow"]!.GetValue<int>());
        Assert.Equal("reachable-again", (await CustomerJournalAsync(app, customerId))[^1]);
    }

    [Fact]
    public async Task A_contact_between_the_missed_appointments_breaks_the_row()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        await MissedOkAsync(app, ifk, customerId, 10, 8);
        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddDays(-6), "vbVermerk", "video");

        await MissedOkAsync(app, ifk, customerId, 4, 2);

        var customer = await CustomerAsync(ifk, customerId);
        Assert.False(customer["notReachable"]!.GetValue<bool>());
        Assert.Equal(2, customer["missedInARow"]!.GetValue<int>());
    }

    [Fact]
    public async Task Missed_appointments_are_listed_with_the_contacts_and_never_count()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        await MissedOkAsync(app, ifk, customerId, 1);

        var missed = Assert.Single((await ContactSteps.ListAsync(ifk, customerId)).Items)!;

        Assert.Equal("missed", missed["outcome"]!.GetValue<string>());
        Assert.Equal("Termin versäumt", missed["outcomeLabel"]!.GetValue<string>());
        Assert.False(missed["counts"]!.GetValue<bool>());
        Assert.Null(missed["noteType"]);
    }
}
