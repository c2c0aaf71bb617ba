using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

public sealed class ReferralWalkthroughTests : AppTest
{
    private static readonly object Referral = new { data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true } };

    [Fact]
    public async Task A_referral_goes_to_the_provider_reports_meets_in_conference_and_ends()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);

        var draft = await GetCaseAsync(fm, caseId);
        var referred = await ActOkAsync(fm, caseId, "refer", Referral);
        var active = await ActOkAsync(fm, caseId, "provider-confirm");
        await ActOkAsync(fm, caseId, "report", new { data = new { summary = "Erstgespräch geführt", attendance = "regular" } });
        await ActOkAsync(fm, caseId, "report", new { data = new { summary = "Gläubigerliste erstellt", attendance = "regular" } });
        app.Clock.Advance(TimeSpan.FromDays(90));
        var continued = await ActOkAsync(fm, caseId, "case-conference", new { data = new { decision = "continue" } });
        var ended = await ActOkAsync(fm, caseId, "end", new { reason = "Schulden reguliert" });

        Assert.Equal(("Draft", "fm.schulz"), (draft["state"]!.GetValue<string>(), draft["mainCaseworker"]!.GetValue<string>()));
        Assert.Equal("AwaitingProvider", referred["state"]!.GetValue<string>());
        Assert.Equal(("Active", "2027-02-02"), (active["state"]!.GetValue<string>(), active["referral"]!["nextConferenceDue"]!.GetValue<string>()));
        Assert.Equal(2, continued["referral"]!["reportCount"]!.GetValue<int>());
        Assert.Equal("Gläubigerliste erstellt", continued["referral"]!["lastReportSummary"]!.GetValue<string>());
        Assert.Equal((1, "2027-04-30"), (continued["referral"]!["conferenceCount"]!.GetValue<int>(), continued["referral"]!["nextConferenceDue"]!.GetValue<string>()));
        Assert.Equal(("Ended", "Schulden reguliert"), (ended["state"]!.GetValue<string>(), ended["referral"]!["endReason"]!.GetValue<string>()));
        Assert.Equal(
            ["open", "refer", "provider-confirm", "report", "report", "case-conference", "end"],
            Actions(await HistoryAsync(fm, caseId)));
    }

    [Fact]
    public async Task A_sanction_backed_referral_is_refused_with_the_explanation_and_nothing_changes()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);

        var response = await ActAsync(fm, caseId, "refer", new
        {
            data = new { provider = "sucht-mitte", targetGroup = "Suchtkranke", voluntary = true, sanctionBacked = true },
        });

        var problem = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["noSanction"], GuardsOf(problem));
        Assert.Contains("§ 16a SGB II ist freiwillig und vertraulich", problem["detail"]!.GetValue<string>());
        var after = await GetCaseAsync(fm, caseId);
        Assert.Equal(("Draft", 0), (after["state"]!.GetValue<string>(), after["version"]!.GetValue<int>()));
        Assert.Null(after["referral"]!["provider"]);
        Assert.Equal(["open"], Actions(await HistoryAsync(fm, caseId)));
    }

    [Fact]
    public async Task The_provider_can_decline_and_the_referral_closes()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);
        await ActOkAsync(fm, caseId, "refer", Referral);

        var declined = await ActOkAsync(fm, caseId, "provider-decline", new { reason = "Keine Kapazität" });

        Assert.Equal(("Declined", "Keine Kapazität"), (declined["state"]!.GetValue<string>(), declined["referral"]!["declinedReason"]!.GetValue<string>()));
        Assert.All(declined["allowedActions"]!.AsArray(), a => Assert.False(a!["allowed"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Only_an_fm_who_cares_for_the_customer_opens_a_referral()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var bfmCase = await CreateBfmCaseAsync(ifk, customerId);
        await ActOkAsync(ifk, bfmCase, "refer", new { data = new { consent = true } });

        var byIfk = await OpenCaseAsync(ifk, customerId, "referral");
        var beforeIntake = await OpenCaseAsync(fm, customerId, "referral");
        await ActOkAsync(fm, bfmCase, "accept", new { data = new { workingAlliance = true } });
        var afterIntake = await OpenCaseAsync(fm, customerId, "referral");

        Assert.Equal(HttpStatusCode.Forbidden, byIfk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, beforeIntake.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterIntake.StatusCode);
    }
}
