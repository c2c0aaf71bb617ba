using System.Net;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Access;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Privacy;

/// <summary>The need-to-know matrix through the Cases API: summary for the secondary IFK, existence for the former one, supervision read only.</summary>
public sealed class NeedToKnowApiTests : AppTest
{
    private async Task<(Guid CaseId, HttpClient Ifk, HttpClient Fm)> AcceptedAsync(bool ifkStaysSecondary)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true, ifkStaysSecondary } });
        await ActOkAsync(fm, caseId, "complete-assessment");
        return (caseId, ifk, fm);
    }

    [Fact]
    public async Task The_secondary_ifk_reads_the_case_summary_and_nothing_of_the_fm_file()
    {
        var (caseId, ifk, fm) = await AcceptedAsync(ifkStaysSecondary: true);

        var summary = await GetCaseAsync(ifk, caseId);
        var full = await GetCaseAsync(fm, caseId);

        Assert.Equal(["existence", "summary"], summary["dataClasses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Null(summary["bfm"]);
        Assert.Empty(summary["file"]!.AsArray());
        Assert.Equal(("Planning", "fm.schulz"), (summary["state"]!.GetValue<string>(), summary["mainCaseworker"]!.GetValue<string>()));
        Assert.NotNull(summary["keyDates"]!["takenOverAt"]);
        Assert.NotNull(summary["customer"]!["customerNumber"]);
        Assert.NotNull(full["bfm"]);
        Assert.NotEmpty(full["file"]!.AsArray());
        Assert.Contains("fmFile", full["dataClasses"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task The_secondary_ifk_reads_who_did_what_when_but_no_reason_note_or_input_of_the_journal()
    {
        var (caseId, ifk, fm) = await AcceptedAsync(ifkStaysSecondary: true);
        await ActOkAsync(fm, caseId, "agree-plan", new
        {
            note = "Sucht-Thema besprochen",
            data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 3), goals = new[] { "Therapieplatz" } },
        });

        var plan = Assert.Single(await HistoryAsync(ifk, caseId), e => e!["action"]!.GetValue<string>() == "agree-plan")!;
        var planForFm = Assert.Single(await HistoryAsync(fm, caseId), e => e!["action"]!.GetValue<string>() == "agree-plan")!;

        Assert.Equal("fm.schulz", plan["actor"]!.GetValue<string>());
        Assert.Null(plan["note"]);
        Assert.Empty(plan["details"]!.AsArray());
        Assert.Equal("Sucht-Thema besprochen", planForFm["note"]!.GetValue<string>());
        Assert.NotEmpty(planForFm["details"]!.AsArray());
    }

    [Fact]
    public async Task The_referring_ifk_who_is_no_secondary_sees_only_that_the_case_exists_and_its_state()
    {
        var (caseId, ifk, _) = await AcceptedAsync(ifkStaysSecondary: false);

        var existence = await GetCaseAsync(ifk, caseId);
        var history = await ifk.GetAsync($"/api/cases/{caseId}/history");

        Assert.Equal(["existence"], existence["dataClasses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("Planning", existence["state"]!.GetValue<string>());
        Assert.Equal(string.Empty, existence["mainCaseworker"]!.GetValue<string>());
        Assert.Null(existence["customer"]);
        Assert.Empty(existence["allowedActions"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, history.StatusCode);
        Assert.Contains("need to know", (await ReadAsync(history))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_supervisor_who_is_an_fm_too_reads_another_fms_case_and_acting_on_it_is_403_with_the_reason()
    {
        var (caseId, _, fm) = await AcceptedAsync(ifkStaysSecondary: false);
        await app.InDatabaseAsync(async db =>
        {
            db.StaffUsers.Add(new StaffUser { UserName = "fm.lead2", DisplayName = "Ines Lorenz", Roles = [Roles.Fm, Roles.FmSupervisor] });
            return await db.SaveChangesAsync();
        });
        var lead = await app.SignInAsync("fm.lead2");
        var before = await GetCaseAsync(fm, caseId);

        var read = await GetCaseAsync(lead, caseId);
        var act = await ActAsync(lead, caseId, "agree-plan", new
        {
            data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 3) },
        });

        Assert.NotNull(read["bfm"]);
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
        var problem = await ReadAsync(act);
        Assert.Equal("Keine Berechtigung (forbidden)", problem["title"]!.GetValue<string>());
        Assert.Contains("read only", problem["detail"]!.GetValue<string>());
        Assert.Equal(before["version"]!.GetValue<int>(), (await GetCaseAsync(fm, caseId))["version"]!.GetValue<int>());
    }
}
