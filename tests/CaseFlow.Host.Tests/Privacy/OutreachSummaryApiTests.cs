using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Privacy;

/// <summary>Seed 003: the pAp gets information through the aB-pAp, as the summary the aB-pAp releases, never the outreach file.</summary>
public sealed class OutreachSummaryApiTests : AppTest
{
    [Fact]
    public async Task The_adviser_releases_a_summary_the_pap_reads_on_the_case_instead_of_the_outreach_file_and_it_is_journaled()
    {
        var (caseId, pap) = await QueuedOutreachCaseAsync(app);
        var adviser = await app.SignInAsync("ab.kaya");
        await ActOkAsync(adviser, caseId, "take-over");
        await ActOkAsync(adviser, caseId, "record-visit", new { data = new { companions = new[] { "ab.roth" } }, note = "Wohnsituation schwierig" });

        var released = await adviser.PostAsJsonAsync($"/api/cases/{caseId}/outreach-summary", new { text = "Kontakt aufgebaut, Termin beim Jobcenter am 10.12. zugesagt." });
        var seen = await GetCaseAsync(pap, caseId);

        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        Assert.Equal("Kontakt aufgebaut, Termin beim Jobcenter am 10.12. zugesagt.", seen["outreachSummary"]!["text"]!.GetValue<string>());
        Assert.Equal("ab.kaya", seen["outreachSummary"]!["releasedBy"]!.GetValue<string>());
        Assert.Null(seen["outreach"]);
        Assert.Empty(seen["file"]!.AsArray());
        Assert.DoesNotContain("Wohnsituation", (await HistoryAsync(pap, caseId)).ToJsonString());
        Assert.Single(await HistoryAsync(adviser, caseId), e => e!["action"]!.GetValue<string>() == "release-summary");
    }

    [Fact]
    public async Task Only_the_adviser_releases_and_an_empty_or_invisible_or_too_long_text_is_refused_with_nothing_saved()
    {
        var (caseId, pap) = await QueuedOutreachCaseAsync(app);
        var adviser = await app.SignInAsync("ab.kaya");
        await ActOkAsync(adviser, caseId, "take-over");
        var fm = await app.SignInAsync("fm.schulz");

        var byPap = await pap.PostAsJsonAsync($"/api/cases/{caseId}/outreach-summary", new { text = "Eigene Zusammenfassung" });
        var byFm = await fm.PostAsJsonAsync($"/api/cases/{caseId}/outreach-summary", new { text = "Zusammenfassung" });
        var empty = await adviser.PostAsJsonAsync($"/api/cases/{caseId}/outreach-summary", new { text = "  " });
        var invisible = await adviser.PostAsJsonAsync($"/api/cases/{caseId}/outreach-summary", new { text = "\u200B" });
        var tooLong = await adviser.PostAsJsonAsync($"/api/cases/{caseId}/outreach-summary", new { text = new string('x', 4001) });

        Assert.Equal(HttpStatusCode.Forbidden, byPap.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFm.StatusCode);
        Assert.All(new[] { empty, invisible, tooLong }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal("text", (await ReadAsync(tooLong))["field"]!.GetValue<string>());
        Assert.Null((await GetCaseAsync(pap, caseId))["outreachSummary"]);
        Assert.DoesNotContain(await HistoryAsync(adviser, caseId), e => e!["action"]!.GetValue<string>() == "release-summary");
    }
}
