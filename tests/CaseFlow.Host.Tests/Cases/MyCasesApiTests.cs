using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Cases;

public sealed class MyCasesApiTests : AppTest
{
    [Fact]
    public async Task My_cases_come_next_review_first_with_customer_number_german_labels_and_pages()
    {
        var (later, _, fm) = await CaseInSteeringAsync(app);
        var (sooner, _, _) = await CaseInSteeringAsync(app);
        await ActOkAsync(fm, sooner, "revise-plan");
        await ActOkAsync(fm, sooner, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = InMonths(app, 2) } });

        var all = await ListAsync(fm, "mine");
        var secondPage = await fm.GetAsync("/api/cases?scope=mine&page=2&pageSize=1");

        Assert.Equal([sooner, later], Ids(all));
        var first = all[0]!;
        Assert.Equal(InMonths(app, 2), first["nextDueOn"]!.GetValue<string>());
        Assert.Equal("review", first["nextDue"]!.GetValue<string>());
        Assert.Equal("Überprüfung des Kooperationsplans", first["nextDueLabel"]!.GetValue<string>());
        Assert.Equal("Fallsteuerung", first["stateLabel"]!.GetValue<string>());
        var customerId = (await GetCaseAsync(fm, sooner))["customerId"]!.GetValue<Guid>();
        var customer = await ReadAsync(await fm.GetAsync($"/api/customers/{customerId}"));
        Assert.Equal(customer["customerNumber"]!.GetValue<string>(), first["customerNumber"]!.GetValue<string>());
        Assert.Equal("2", secondPage.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([later], Ids(await ReadArrayAsync(secondPage)));
    }

    [Fact]
    public async Task Each_scope_lists_only_cases_its_caller_may_read()
    {
        var (steering, _, _) = await CaseInSteeringAsync(app);
        var ifk = await app.SignInAsync("ifk.meyer");
        var referred = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, referred, "refer", new { data = new { consent = true } });
        var (queued, _) = await QueuedOutreachCaseAsync(app);

        Assert.Equal([steering], Ids(await ListAsync(await app.SignInAsync("fm.schulz"), "mine")));
        Assert.Equal([steering], Ids(await ListAsync(await app.SignInAsync("fm.wagner"), "deputy")));
        Assert.Empty(await ListAsync(await app.SignInAsync("fm.schulz"), "deputy"));
        Assert.Equal([referred], Ids(await ListAsync(await app.SignInAsync("fm.wagner"), "team")));
        Assert.Equal([steering, referred], Ids(await ListAsync(await app.SignInAsync("fm.lead"), "team")));
        Assert.Equal([queued], Ids(await ListAsync(await app.SignInAsync("ab.kaya"), "team")));
        Assert.Equal([steering, referred], Ids(await ListAsync(ifk, "mine")));
        foreach (var user in new[] { "ifk.braun", "owner.process" })
        {
            var client = await app.SignInAsync(user);
            Assert.All(new[] { "mine", "deputy", "team" }, async scope => Assert.Empty(await ListAsync(client, scope)));
        }

        foreach (var user in new[] { "ifk.meyer", "pap.hoff", "fm.schulz", "fm.wagner", "fm.lead", "ab.kaya" })
        {
            var client = await app.SignInAsync(user);
            foreach (var scope in new[] { "mine", "deputy", "team" })
            {
                foreach (var id in Ids(await ListAsync(client, scope)))
                {
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/cases/{id}")).StatusCode);
                }
            }
        }
    }

    [Fact]
    public async Task Kind_and_state_filter_the_list_and_unknown_values_are_refused()
    {
        var (steering, _, _) = await CaseInSteeringAsync(app);
        var (referral, fm) = await ReferralCaseAsync(app);

        Assert.Equal([referral], Ids(await ListAsync(fm, "mine", "&kind=referral")));
        Assert.Equal([steering], Ids(await ListAsync(fm, "mine", "&kind=bfm&state=Steering")));
        Assert.Empty(await ListAsync(fm, "mine", "&state=Exited"));
        foreach (var (query, field) in new[] { ("scope=everyone", "scope"), ("kind=loan", "kind"), ("kind=referral&state=Steering", "state"), ("pageSize=500", "pageSize") })
        {
            var response = await fm.GetAsync($"/api/cases?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(field, (await ReadAsync(response)).ToJsonString());
        }
    }

    [Fact]
    public async Task A_referral_is_due_at_its_next_report_or_conference_whichever_comes_first()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);
        await ActOkAsync(fm, caseId, "refer", new
        {
            data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true, consentedFields = new[] { "age" } },
        });
        Assert.Null((await ListAsync(fm, "mine", "&kind=referral")).Single()!["nextDueOn"]);
        await ActOkAsync(fm, caseId, "provider-confirm");

        var row = (await ListAsync(fm, "mine", "&kind=referral")).Single()!;
        var file = (await GetCaseAsync(fm, caseId))["referral"]!;

        var report = file["nextReportDue"]!.GetValue<string>();
        var conference = file["nextConferenceDue"]!.GetValue<string>();
        Assert.Equal(string.CompareOrdinal(report, conference) <= 0 ? report : conference, row["nextDueOn"]!.GetValue<string>());
        Assert.Equal(string.CompareOrdinal(report, conference) <= 0 ? "report" : "conference", row["nextDue"]!.GetValue<string>());
    }

    private static async Task<JsonArray> ListAsync(HttpClient client, string scope, string filter = "")
    {
        var response = await client.GetAsync($"/api/cases?scope={scope}{filter}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadArrayAsync(response);
    }

    private static List<Guid> Ids(JsonArray rows) => rows.Select(r => r!["id"]!.GetValue<Guid>()).ToList();
}
