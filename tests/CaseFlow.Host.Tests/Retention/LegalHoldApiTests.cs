using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>Legal holds: the data protection officer sets and lifts them with a reason; held data is never touched.</summary>
public sealed class LegalHoldApiTests : AppTest
{
    [Fact]
    public async Task A_legal_hold_keeps_the_customer_and_every_case_untouched_until_it_is_lifted()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        var (caseId, customerId) = await ExitedBfmCaseAsync(app);
        var holdId = await SetHoldAsync(dsb, customerId);
        app.Clock.Advance(TimeSpan.FromDays(6 * 366));

        var report = await ReportAsync(dsb, Today(app));
        var held = await RunAsync(dsb);

        Assert.Equal((0, 1, 0), (report["dueCases"]!.GetValue<int>(), report["heldCases"]!.GetValue<int>(), report["dueCustomers"]!.GetValue<int>()));
        Assert.Equal((0, 0), (held["casesAnonymised"]!.GetValue<int>(), held["customersAnonymised"]!.GetValue<int>()));
        Assert.False(await IsAnonymisedAsync(app, caseId));
        Assert.Equal("Nachbetreuung: Suchtberatung weiter", await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Bfm!.ClosingPlan).FirstAsync()));

        var lift = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds/{holdId}/lift", new { reason = "Verfahren abgeschlossen" });
        var after = await RunAsync(dsb);

        Assert.Equal(HttpStatusCode.OK, lift.StatusCode);
        Assert.Equal((false, "dsb.weber"), ((await ReadAsync(lift))["active"]!.GetValue<bool>(), (await ReadAsync(lift))["liftedBy"]!.GetValue<string>()));
        Assert.Equal((1, 1), (after["casesAnonymised"]!.GetValue<int>(), after["customersAnonymised"]!.GetValue<int>()));
        Assert.True(await IsAnonymisedAsync(app, caseId));
    }

    [Fact]
    public async Task Setting_and_lifting_need_a_reason_are_journaled_and_a_second_active_hold_is_a_conflict()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        var (_, customerId) = await WaivedBfmCaseAsync(app);

        var noReason = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds", new { reason = " \u200b " });
        var holdId = await SetHoldAsync(dsb, customerId, "Auskunftsersuchen der Staatsanwaltschaft");
        var twice = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds", new { reason = "noch einmal" });
        var unknown = await dsb.PostAsJsonAsync($"/api/customers/{Guid.NewGuid()}/legal-holds", new { reason = "Klage" });
        var liftWithout = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds/{holdId}/lift", new { reason = "" });
        var lifted = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds/{holdId}/lift", new { reason = "erledigt" });
        var liftedAgain = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds/{holdId}/lift", new { reason = "erledigt" });
        var active = await dsb.GetAsync("/api/legal-holds?active=true");
        var all = await dsb.GetAsync($"/api/customers/{customerId}/legal-holds");

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.Conflict],
            new[] { noReason, twice, unknown, liftWithout, lifted, liftedAgain }.Select(r => r.StatusCode));
        Assert.Equal(("0", "1"), (active.Headers.GetValues("X-Total-Count").Single(), all.Headers.GetValues("X-Total-Count").Single()));
        var journal = await app.InDatabaseAsync(db => db.Journal.Where(j => j.SubjectId == customerId && j.Action.StartsWith("legal-hold"))
            .OrderBy(j => j.At).Select(j => new { j.Action, j.Actor, j.Reason }).ToListAsync());
        Assert.Equal(
            [(LegalHoldBook.SetAction, "dsb.weber", "Auskunftsersuchen der Staatsanwaltschaft"), (LegalHoldBook.LiftAction, "dsb.weber", "erledigt")],
            journal.Select(j => (j.Action, j.Actor, j.Reason)));
    }

    [Fact]
    public async Task The_data_protection_officer_finds_a_customer_by_number_with_the_active_hold()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        var ifk = await app.SignInAsync("ifk.meyer");
        var number = NewCustomerNumber();
        var customerId = await CreateCustomerAsync(ifk, customerNumber: number, familyName: "Gesucht");
        var holdId = await SetHoldAsync(dsb, customerId);

        var found = await ReadArrayAsync(await dsb.GetAsync($"/api/data-protection/customers?customerNumber={number}"));
        var none = await ReadArrayAsync(await dsb.GetAsync("/api/data-protection/customers?customerNumber=X-0"));
        var missing = await dsb.GetAsync("/api/data-protection/customers");

        var customer = Assert.Single(found)!;
        Assert.Equal((customerId, holdId, false), (customer["id"]!.GetValue<Guid>(), customer["activeHoldId"]!.GetValue<Guid>(), customer["anonymised"]!.GetValue<bool>()));
        Assert.StartsWith("Gesucht", customer["displayName"]!.GetValue<string>());
        Assert.Empty(none);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }
}
