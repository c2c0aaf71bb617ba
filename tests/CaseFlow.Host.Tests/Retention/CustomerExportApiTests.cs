using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>The Art. 15 export: every table holding customer data is covered, every section carries the customer's rows.</summary>
public sealed class CustomerExportApiTests : AppTest
{
    [Fact]
    public void Every_table_of_the_database_is_covered_by_the_export_or_declared_free_of_customer_data()
    {
        using var scope = app.Services.CreateScope();
        var tables = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().Model.GetEntityTypes().Select(t => t.ClrType).Distinct().ToList();

        var uncovered = tables.Where(t => !ExportCoverage.Sections.ContainsKey(t) && !ExportCoverage.NoCustomerData.ContainsKey(t)).Select(t => t.FullName);
        var both = tables.Where(t => ExportCoverage.Sections.ContainsKey(t) && ExportCoverage.NoCustomerData.ContainsKey(t)).Select(t => t.FullName);
        var stale = ExportCoverage.Sections.Keys.Concat(ExportCoverage.NoCustomerData.Keys).Where(t => !tables.Contains(t)).Select(t => t.FullName);

        Assert.True(tables.Count > 25, $"Only {tables.Count} entity types in the model.");
        Assert.Empty(uncovered);
        Assert.Empty(both);
        Assert.Empty(stale);
    }

    [Fact]
    public async Task The_export_is_a_json_attachment_not_cached_with_every_section_holding_the_customers_rows_and_is_journaled()
    {
        var (caseId, customerId) = await ExitedBfmCaseAsync(app);
        var ifk = await app.SignInAsync("ifk.meyer");
        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddDays(-1));
        Assert.Equal(HttpStatusCode.Created, (await ifk.PostAsJsonAsync($"/api/customers/{customerId}/contact-suspensions",
            new { kind = "FullTimeMeasure", from = "2026-11-02", to = "2027-02-28", reason = "Vollzeitmaßnahme" })).StatusCode);
        await AgreeOkAsync(ifk, customerId, Goal("housing", "Eine eigene Wohnung finden"));
        var dsb = await app.SignInAsync("dsb.weber");
        await SetHoldAsync(dsb, customerId);

        var response = await dsb.GetAsync($"/api/customers/{customerId}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"caseflow-art15-{customerId:N}.json", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((CustomerExport.Format, customerId, "dsb.weber"), (export["format"]!.GetValue<string>(), export["customerId"]!.GetValue<Guid>(), export["exportedBy"]!.GetValue<string>()));
        Assert.Equal(customerId, export[ExportCoverage.Customer]!["id"]!.GetValue<Guid>());
        Assert.NotEmpty(export[ExportCoverage.Customer]!["actionNeeds"]!.AsArray());
        var exported = Assert.Single(export[ExportCoverage.Cases]!.AsArray())!;
        Assert.Equal((caseId, "Nachbetreuung: Suchtberatung weiter"), (exported["id"]!.GetValue<Guid>(), exported["bfm"]!["closingPlan"]!.GetValue<string>()));
        Assert.Contains(export[ExportCoverage.Journal]!.AsArray(), j => j!["action"]!.GetValue<string>() == "exit");
        Assert.Contains(export[ExportCoverage.Journal]!.AsArray(), j => j!["action"]!.GetValue<string>() == "contact-suspension.record");
        foreach (var section in new[] { ExportCoverage.FollowUps, ExportCoverage.Contacts, ExportCoverage.ContactSuspensions, ExportCoverage.Goals, ExportCoverage.LegalHolds })
        {
            Assert.True(export[section]!.AsArray().Count > 0, $"section {section} is empty");
        }

        foreach (var section in ExportCoverage.Sections.Values.Distinct())
        {
            Assert.True(export.ContainsKey(section), $"section {section} is missing");
        }

        Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == customerId && j.Action == CustomerExport.JournalAction && j.Actor == "dsb.weber")));
    }

    [Fact]
    public async Task The_export_of_an_unknown_customer_is_404()
    {
        var dsb = await app.SignInAsync("dsb.weber");

        var response = await dsb.GetAsync($"/api/customers/{Guid.NewGuid()}/export");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
