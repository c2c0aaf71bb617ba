using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Privacy;

/// <summary>The read audit: reads of special-category data are recorded append-only and only the data protection officer queries them.</summary>
public sealed class ReadAuditApiTests : AppTest
{
    [Fact]
    public async Task Reading_the_fm_file_is_recorded_once_per_request_and_the_data_protection_officer_finds_it_by_customer_and_user()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);
        var customerId = (await GetCaseAsync(fm, caseId))["customerId"]!.GetValue<Guid>();
        var before = await app.InDatabaseAsync(db => db.ReadAudit.CountAsync());
        await GetCaseAsync(fm, caseId);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await HistoryAsync(fm, caseId);
        await GetCaseAsync(ifk, caseId); // existence only: nothing special read, nothing recorded
        var dsb = await app.SignInAsync("dsb.weber");

        var response = await dsb.GetAsync($"/api/audit/reads?customerId={customerId}&user=fm.schulz&pageSize=1");
        var all = await ReadArrayAsync(await dsb.GetAsync($"/api/audit/reads?customerId={customerId}"));

        Assert.Equal(before + 2, await app.InDatabaseAsync(db => db.ReadAudit.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 2, int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
        var newest = Assert.Single(await ReadArrayAsync(response))!;
        Assert.Equal(("fm.schulz", "GET /api/cases/{id}/history"), (newest["actor"]!.GetValue<string>(), newest["route"]!.GetValue<string>()));
        Assert.Equal(["fmFile"], newest["dataClasses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(caseId, newest["caseId"]!.GetValue<Guid>());
        Assert.DoesNotContain(all, row => row!["actor"]!.GetValue<string>() == "ifk.meyer");
    }

    [Fact]
    public async Task Only_the_data_protection_officer_queries_the_read_audit()
    {
        var answers = new List<HttpStatusCode>();
        foreach (var user in new[] { "ifk.meyer", "fm.schulz", "fm.lead", "ab.kaya", "owner.process" })
        {
            answers.Add((await (await app.SignInAsync(user)).GetAsync("/api/audit/reads")).StatusCode);
        }

        var anonymous = await app.CreateClient().GetAsync("/api/audit/reads");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_query_refuses_a_time_range_backwards_and_a_page_out_of_range()
    {
        var dsb = await app.SignInAsync("dsb.weber");

        var backwards = await dsb.GetAsync("/api/audit/reads?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z");
        var page = await dsb.GetAsync("/api/audit/reads?pageSize=0");

        Assert.Equal((HttpStatusCode.BadRequest, "from"), (backwards.StatusCode, (await ReadAsync(backwards))["field"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task A_read_audit_row_can_be_neither_changed_nor_deleted()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);
        await GetCaseAsync(fm, caseId);

        var change = await Record.ExceptionAsync(() => app.InDatabaseAsync(async db =>
        {
            db.ReadAudit.Remove(await db.ReadAudit.FirstAsync());
            return await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(change);
        Assert.NotEqual(0, await app.InDatabaseAsync(db => db.ReadAudit.CountAsync()));
    }
}
