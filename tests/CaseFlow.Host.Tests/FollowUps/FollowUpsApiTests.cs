using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.FollowUps.FollowUpSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.FollowUps;

/// <summary>GET /api/follow-ups (scopes, status, overdue, paging) and POST /api/follow-ups/{id}/done (access, journal, 409).</summary>
public sealed class FollowUpsApiTests : AppTest
{
    [Fact]
    public async Task The_ifk_finds_the_follow_up_of_a_bfm_exit_with_case_customer_name_and_number_and_due_date()
    {
        var (caseId, ifk, fm) = await ExitedBfmCaseAsync(app);
        var customer = await ReadAsync(await ifk.GetAsync($"/api/customers/{(await GetCaseAsync(ifk, caseId))["customerId"]}"));

        var (items, total) = await ListAsync(ifk);

        Assert.Equal(1, total);
        var followUp = Assert.Single(items)!;
        Assert.Equal(caseId, followUp["caseId"]!.GetValue<Guid>());
        Assert.Equal("bfm", followUp["caseKind"]!.GetValue<string>());
        Assert.Equal(customer["customerNumber"]!.GetValue<string>(), followUp["customerNumber"]!.GetValue<string>());
        Assert.Equal(customer["givenName"]!.GetValue<string>(), followUp["customerGivenName"]!.GetValue<string>());
        Assert.Equal(customer["familyName"]!.GetValue<string>(), followUp["customerFamilyName"]!.GetValue<string>());
        Assert.Equal("ifk.meyer", followUp["assignee"]!.GetValue<string>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(7), followUp["dueAt"]!.GetValue<DateTime>());
        Assert.False(followUp["overdue"]!.GetValue<bool>());
        Assert.Equal(0, (await ListAsync(fm)).Total);
        Assert.Equal(0, (await ListAsync(ifk, "?status=done")).Total);
    }

    [Fact]
    public async Task Overdue_lists_only_open_follow_ups_past_their_due_date()
    {
        var (_, ifk, _) = await ExitedBfmCaseAsync(app);
        Assert.Equal(0, (await ListAsync(ifk, "?overdue=true")).Total);

        app.Clock.Advance(TimeSpan.FromDays(8));
        var (items, total) = await ListAsync(ifk, "?scope=mine&status=open&overdue=true");

        Assert.Equal(1, total);
        Assert.True(items[0]!["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Marking_done_journals_it_on_the_case_moves_it_to_done_and_a_second_time_is_409()
    {
        var (caseId, ifk, fm) = await ExitedBfmCaseAsync(app);
        var id = (await ListAsync(ifk)).Items[0]!["id"]!.GetValue<Guid>();
        app.Clock.Advance(TimeSpan.FromHours(2));

        var done = await DoneAsync(ifk, id, "Kundin angerufen, Termin vereinbart");

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var body = await ReadAsync(done);
        Assert.Equal("ifk.meyer", body["doneBy"]!.GetValue<string>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, body["doneAt"]!.GetValue<DateTime>());
        Assert.Equal(0, (await ListAsync(ifk)).Total);
        Assert.Equal(id, (await ListAsync(ifk, "?status=done")).Items.Single()!["id"]!.GetValue<Guid>());
        // The IFK is no longer secondary after the exit (need to know: the case's existence only); the FM reads the journal.
        var line = (await HistoryAsync(fm, caseId)).Single(e => e!["action"]!.GetValue<string>() == "follow-up-done")!;
        Assert.Equal(("ifk.meyer", "Kundin angerufen, Termin vereinbart"), (line["actor"]!.GetValue<string>(), line["note"]!.GetValue<string>()));

        var again = await DoneAsync(ifk, id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await HistoryAsync(fm, caseId), e => e!["action"]!.GetValue<string>() == "follow-up-done");
    }

    [Fact]
    public async Task Only_the_assignee_or_their_deputy_may_mark_a_follow_up_done()
    {
        var (caseId, ifk, fm) = await ExitedBfmCaseAsync(app);
        var ifkFollowUp = (await ListAsync(ifk)).Items[0]!["id"]!.GetValue<Guid>();
        var fmFollowUp = await AddAsync(app, caseId, "fm.schulz", 3);
        var other = await app.SignInAsync("ifk.braun");
        var deputy = await app.SignInAsync("fm.wagner");

        Assert.Equal(HttpStatusCode.Forbidden, (await DoneAsync(other, ifkFollowUp)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DoneAsync(fm, ifkFollowUp)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DoneAsync(deputy, ifkFollowUp)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DoneAsync(ifk, Guid.NewGuid())).StatusCode);
        Assert.Equal(0, (await ListAsync(deputy)).Total);
        Assert.Equal(fmFollowUp, (await ListAsync(deputy, "?scope=deputy")).Items.Single()!["id"]!.GetValue<Guid>());

        var done = await DoneAsync(deputy, fmFollowUp);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("fm.wagner", (await ReadAsync(done))["doneBy"]!.GetValue<string>());
        Assert.Equal(1, (await ListAsync(ifk)).Total);
    }

    [Fact]
    public async Task The_list_is_ordered_by_due_date_and_paged()
    {
        var (caseId, ifk, _) = await ExitedBfmCaseAsync(app);
        await AddAsync(app, caseId, "ifk.meyer", 2);
        await AddAsync(app, caseId, "ifk.meyer", 30);

        var (first, total) = await ListAsync(ifk, "?pageSize=2");
        var (second, _) = await ListAsync(ifk, "?pageSize=2&page=2");

        Assert.Equal(3, total);
        var due = first.Concat(second).Select(f => f!["dueAt"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(3, due.Count);
        Assert.Equal(due.Order(), due);
    }

    [Theory]
    [InlineData("?scope=team", "scope")]
    [InlineData("?status=all", "status")]
    [InlineData("?status=done&overdue=true", "overdue")]
    [InlineData("?pageSize=500", "pageSize")]
    public async Task A_wrong_filter_is_a_400_naming_it(string query, string field)
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.GetAsync($"/api/follow-ups{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await ReadAsync(response))["field"]!.GetValue<string>());
    }
}
