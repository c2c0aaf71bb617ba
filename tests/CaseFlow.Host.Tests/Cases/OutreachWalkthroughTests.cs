using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class OutreachWalkthroughTests : AppTest
{
    [Fact]
    public async Task An_outreach_case_goes_through_the_queue_and_activation_and_back_to_the_pap()
    {
        var (caseId, pap) = await QueuedOutreachCaseAsync(app);
        var adviser = await app.SignInAsync("ab.kaya");

        var queued = await GetCaseAsync(adviser, caseId);
        var queuedForPap = await GetCaseAsync(pap, caseId);
        var takenOver = await ActOkAsync(adviser, caseId, "take-over");
        await ActOkAsync(adviser, caseId, "record-visit", new { data = new { companions = new[] { "ab.roth" } }, note = "Gespräch im Jugendzentrum" });
        await ActOkAsync(adviser, caseId, "record-sanction-decision", new { data = new { decision = "Keine Sanktion", agreedWithPap = true } });
        await ActOkAsync(adviser, caseId, "activated");
        var returned = await ActOkAsync(adviser, caseId, "hold-joint-meeting", new { data = new { participants = new[] { "customer", "pAp", "aB-pAp" } } });

        Assert.Equal(("Queued", "VM-U25-aB"), (queued["state"]!.GetValue<string>(), queued["outreach"]!["queue"]!.GetValue<string>()));
        Assert.Equal("Queued", queuedForPap["state"]!.GetValue<string>());
        Assert.Null(queuedForPap["outreach"]); // seed 003: the pAp reads the summary, not the outreach file
        Assert.Equal(("Activation", "ab.kaya"), (takenOver["state"]!.GetValue<string>(), takenOver["mainCaseworker"]!.GetValue<string>()));
        Assert.Equal(("Returned", "pap.hoff"), (returned["state"]!.GetValue<string>(), returned["mainCaseworker"]!.GetValue<string>()));
        Assert.Equal(1, returned["outreach"]!["visitCount"]!.GetValue<int>());
        Assert.Equal("pap.hoff", returned["outreach"]!["sanctionAgreedWith"]!.GetValue<string>());
        Assert.Equal(3, returned["outreach"]!["jointMeetingParticipants"]!.AsArray().Count);
        Assert.Null(returned["bfm"]);
        var history = await HistoryAsync(pap, caseId);
        Assert.Equal(
            ["open", "hand-over", "take-over", "record-visit", "record-sanction-decision", "activated", "hold-joint-meeting"],
            Actions(history));
        Assert.Equal(["pap.hoff", "pap.hoff", "ab.kaya"], history.Take(3).Select(e => e!["actor"]!.GetValue<string>()));
        var followUp = await app.InDatabaseAsync(db => db.FollowUps.SingleAsync(f => f.CaseId == caseId));
        Assert.Equal("pap.hoff", followUp.Assignee);
    }

    [Fact]
    public async Task A_single_task_goes_to_the_named_adviser_and_back()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var roth = await app.SignInAsync("ab.roth");
        var kaya = await app.SignInAsync("ab.kaya");
        var caseId = await CreateCaseAsync(pap, await CreateCustomerAsync(pap, birthDate: U25BirthDate), "outreach");

        await ActOkAsync(pap, caseId, "hand-over", new { data = new { form = "AB-Einzelauftrag", handoverTalkHeld = true, adviser = "ab.roth" } });
        var single = await GetCaseAsync(roth, caseId);
        var readByOther = await kaya.GetAsync($"/api/cases/{caseId}");
        var done = await ActOkAsync(roth, caseId, "complete-task", new { note = "Begleitung zur Begutachtung erledigt" });

        Assert.Equal(("SingleTask", "ab.roth"), (single["state"]!.GetValue<string>(), single["outreach"]!["adviser"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, readByOther.StatusCode);
        Assert.Equal(("Returned", "pap.hoff"), (done["state"]!.GetValue<string>(), done["mainCaseworker"]!.GetValue<string>()));
        Assert.Equal(["open", "hand-over", "complete-task"], Actions(await HistoryAsync(pap, caseId)));
    }

    [Fact]
    public async Task An_outreach_case_for_a_customer_aged_25_is_refused_at_opening_and_nothing_is_stored()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var customerId = await CreateCustomerAsync(pap, birthDate: "2001-11-02");

        var response = await OpenCaseAsync(pap, customerId, "outreach");

        var problem = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "Die aufsuchende Beratung U25 ist nur für Kundinnen und Kunden unter 25 Jahren (age limit): die Kundin/der Kunde ist 25 Jahre alt.",
            problem["detail"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Cases.CountAsync(c => c.CustomerId == customerId)));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectType == "case")));
    }

    [Fact]
    public async Task After_six_months_a_visit_needs_an_extension_first()
    {
        var (caseId, _) = await QueuedOutreachCaseAsync(app);
        var adviser = await app.SignInAsync("ab.kaya");
        await ActOkAsync(adviser, caseId, "take-over");
        app.Clock.Advance(TimeSpan.FromDays(182));
        var visit = new { data = new { companions = new[] { "ab.roth" } } };

        var refused = await ActAsync(adviser, caseId, "record-visit", visit);
        var problem = await ReadAsync(refused);
        await ActOkAsync(adviser, caseId, "extend", new { data = new { justification = "Kontakt wächst, zwei Termine wahrgenommen", until = "2027-07-31" } });
        var visited = await ActOkAsync(adviser, caseId, "record-visit", visit);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(["activationPeriod"], GuardsOf(problem));
        Assert.Contains("endete am 2027-05-02", problem["detail"]!.GetValue<string>());
        Assert.Equal("2027-07-31", visited["outreach"]!["extendedUntil"]!.GetValue<string>());
        Assert.Equal(1, visited["outreach"]!["visitCount"]!.GetValue<int>());
    }
}
