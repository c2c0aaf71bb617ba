using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.ContactDensity;

/// <summary>A customer's suspensions of the contact-density rule: record, list, end; access, AGH and bad input.</summary>
public sealed class ContactSuspensionsApiTests : AppTest
{
    private static string Route(Guid customerId) => $"/api/customers/{customerId}/contact-suspensions";

    private Task<(int Suspensions, int Journal)> CountsAsync() =>
        app.InDatabaseAsync(async db => (
            await db.ContactSuspensions.CountAsync(),
            await db.Journal.CountAsync(j => j.SubjectType == "customer" && j.Action.StartsWith("contact-suspension"))));

    [Fact]
    public async Task The_responsible_caseworker_records_an_open_ended_suspension_and_it_is_journaled()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);

        var response = await ifk.PostAsJsonAsync(Route(customer), new { kind = "FullTimeMeasure", from = "2026-11-02", reason = "Vollzeit-Umschulung beim Träger" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(("FullTimeMeasure", "Vollzeitmaßnahme (ohne AGH)", true), (body["kind"]!.GetValue<string>(), body["kindLabel"]!.GetValue<string>(), body["active"]!.GetValue<bool>()));
        Assert.Null(body["to"]);
        var line = await app.InDatabaseAsync(db => db.Journal.SingleAsync(j => j.Action == "contact-suspension.record"));
        Assert.Equal((customer, "ifk.meyer", "Vollzeit-Umschulung beim Träger"), (line.SubjectId, line.Actor, line.Reason));
    }

    [Fact]
    public async Task An_agh_is_refused_naming_the_rule_and_nothing_is_saved()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);

        foreach (var kind in new[] { "WorkOpportunity", "AGH" })
        {
            var response = await ifk.PostAsJsonAsync(Route(customer), new { kind, from = "2026-11-02", reason = "AGH beim Bauhof" });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await ReadAsync(response);
            Assert.Equal("kind", problem["field"]!.GetValue<string>());
            Assert.Contains("Vollzeitmaßnahmen ausgenommen AGH", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal((0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData("""{"kind":"Urlaub","from":"2026-11-02","reason":"x"}""", "kind")]
    [InlineData("""{"from":"2026-11-02","reason":"x"}""", "kind")]
    [InlineData("""{"kind":"ExpertReportPending","reason":"x"}""", "from")]
    [InlineData("""{"kind":"ExpertReportPending","from":"2026-11-02","to":"2026-11-01","reason":"x"}""", "to")]
    [InlineData("""{"kind":"ExpertReportPending","from":"2030-01-01","reason":"x"}""", "from")]
    [InlineData("""{"kind":"ExpertReportPending","from":"2026-11-02","reason":""}""", "reason")]
    public async Task Bad_input_answers_400_naming_the_field_and_saves_nothing(string json, string field)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);

        var response = await ifk.PostAsync(Route(customer), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_caseworker_who_does_not_care_for_the_customer_can_neither_list_nor_record()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        var braun = await app.SignInAsync("ifk.braun");
        var owner = await app.SignInAsync("owner.process");
        var customer = await CreateCustomerAsync(meyer);

        Assert.Equal(HttpStatusCode.Forbidden, (await braun.GetAsync(Route(customer))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync(Route(customer))).StatusCode);
        var record = await braun.PostAsJsonAsync(Route(customer), new { kind = "ExpertReportPending", from = "2026-11-02", reason = "Gutachten" });
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await meyer.GetAsync(Route(Guid.NewGuid()))).StatusCode);
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task The_case_manager_of_the_customers_case_records_and_lists_suspensions()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);
        var customer = (await GetCaseAsync(ifk, caseId))["customerId"]!.GetValue<Guid>();

        var record = await fm.PostAsJsonAsync(Route(customer), new { kind = "MeasureStartFixed", from = "2026-11-02", to = "2026-12-31", reason = "Eintritt 01.01." });
        var list = await ifk.GetAsync(Route(customer));

        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("1", list.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("fm.schulz", (await ReadArrayAsync(list))[0]!["recordedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ending_a_suspension_sets_its_last_day_and_is_journaled()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);
        var created = await ReadAsync(await ifk.PostAsJsonAsync(Route(customer), new { kind = "QualifyingMeasure", from = "2026-10-01", reason = "Umschulung" }));
        var id = created["id"]!.GetValue<Guid>();

        var ended = await ifk.PostAsJsonAsync($"{Route(customer)}/{id}/end", new { to = "2026-11-01", reason = "Maßnahme abgebrochen" });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var body = await ReadAsync(ended);
        Assert.Equal(("2026-11-01", false, "ifk.meyer"), (body["to"]!.GetValue<string>(), body["active"]!.GetValue<bool>(), body["endedBy"]!.GetValue<string>()));
        Assert.Equal((1, 2), await CountsAsync());
        var again = await ifk.PostAsJsonAsync($"{Route(customer)}/{id}/end", new { to = "2026-11-02" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var beforeStart = await ifk.PostAsJsonAsync($"{Route(customer)}/{id}/end", new { to = "2026-09-30" });
        Assert.Equal(HttpStatusCode.BadRequest, beforeStart.StatusCode);
        Assert.Equal((1, 2), await CountsAsync());
    }

    [Fact]
    public async Task The_list_is_paged_latest_start_first()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);
        foreach (var from in new[] { "2026-01-01", "2026-06-01", "2026-03-01" })
        {
            await ifk.PostAsJsonAsync(Route(customer), new { kind = "ExpertReportPending", from, to = from, reason = "Gutachten" });
        }

        var page = await ifk.GetAsync($"{Route(customer)}?page=1&pageSize=2");

        Assert.Equal("3", page.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["2026-06-01", "2026-03-01"], (await ReadArrayAsync(page)).Select(s => s!["from"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_vocabulary_serves_the_recordable_kinds_without_agh()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var kinds = (await ReadAsync(await ifk.GetAsync("/api/vocabulary")))["contactSuspensionKinds"]!.AsArray();

        Assert.Equal(
            ["FullTimeMeasure", "QualifyingMeasure", "ExpertReportPending", "MeasureStartFixed"],
            kinds.Select(k => k!["value"]!.GetValue<string>()));
    }
}
