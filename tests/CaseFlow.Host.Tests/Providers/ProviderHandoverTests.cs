using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

/// <summary>The provider API through HTTP: own hand-overs only, confirm, decline, reports, and what the FM sees of it.</summary>
public sealed class ProviderHandoverTests : AppTest
{
    [Fact]
    public async Task A_confirmation_moves_the_waiting_workflow_and_the_referral_and_appears_in_the_fm_view()
    {
        var (caseId, instanceId, fm) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);

        var listed = Assert.Single(await OpenHandoversAsync(sucht));
        Assert.Equal((caseId.ToString(), "awaitingConfirmation"), (listed!["id"]!.GetValue<string>(), listed["state"]!.GetValue<string>()));

        var confirmed = await ConfirmAsync(sucht, caseId);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("active", (await ReadAsync(confirmed))["state"]!.GetValue<string>());
        await app.ProcessEngineAsync();

        Assert.Equal("Active", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Catch_Report", "Timer_Conference"], await WaitingAtAsync(fm, instanceId));
        var confirmation = (await HistoryAsync(fm, caseId)).Single(e => e!["action"]!.GetValue<string>() == "provider-confirm")!;
        Assert.Equal("provider:sucht-mitte", confirmation["actor"]!.GetValue<string>());

        var overview = Assert.Single(await ReadArrayAsync(await fm.GetAsync("/api/referrals")))!;
        Assert.Equal(
            (caseId.ToString(), "Active", "sucht-mitte", "Suchtberatung Mitte", 0),
            (overview["caseId"]!.GetValue<string>(), overview["state"]!.GetValue<string>(), overview["providerKey"]!.GetValue<string>(),
                overview["providerName"]!.GetValue<string>(), overview["reportOverdueDays"]!.GetValue<int>()));
        Assert.Equal(InMonths(app, 3), overview["nextConferenceDue"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_provider_never_sees_confirms_declines_or_reports_on_another_providers_hand_over()
    {
        var (caseId, _, _) = await AwaitingProviderAsync(app);
        var nord = WithApiKey(app, SbNordKey);
        var before = await DatabaseStateAsync(app, caseId);

        Assert.Empty(await OpenHandoversAsync(nord));
        var answers = new[]
        {
            await nord.GetAsync($"/api/provider/handovers/{caseId}"),
            await ConfirmAsync(nord, caseId),
            await DeclineAsync(nord, caseId, "Nicht zuständig"),
            await ReportAsync(nord, caseId),
        };

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode));
        var unknown = await ReadAsync(await ConfirmAsync(nord, Guid.NewGuid()));
        var foreign = await ReadAsync(answers[1]);
        Assert.Equal(unknown["title"]!.GetValue<string>(), foreign["title"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseStateAsync(app, caseId));
    }

    [Fact]
    public async Task The_provider_sees_only_fields_its_agreement_names_and_the_customer_consented_to()
    {
        var (caseId, fm) = await ReferredToSbNordAsync(app, ["customerNumber", "birthDate", "targetGroup", "caseManager"]);
        var nord = WithApiKey(app, SbNordKey);

        var handover = Assert.Single(await OpenHandoversAsync(nord))!.AsObject();
        var customer = handover["customer"]!.AsObject();

        // sb-nord's agreement names customerNumber, targetGroup, actionNeeds and caseManager; the customer consented to birthDate but not actionNeeds.
        Assert.Equal(["customerNumber", "targetGroup", "caseManager"], customer.Select(p => p.Key));
        Assert.Equal(["customerNumber", "targetGroup", "caseManager"], handover["sharedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(("Wohnungslose", "Andrea Schulz"), (customer["targetGroup"]!.GetValue<string>(), customer["caseManager"]!.GetValue<string>()));
        Assert.True(handover["consentRecorded"]!.GetValue<bool>());
        Assert.DoesNotContain("customerId", handover.Select(p => p.Key));

        await ActOkAsync(fm, caseId, "record-consent", new { reason = "Einwilligung widerrufen", data = new { consentedFields = Array.Empty<string>() } });
        var withdrawn = Assert.Single(await OpenHandoversAsync(nord))!.AsObject();

        Assert.Empty(withdrawn["customer"]!.AsObject());
        Assert.False(withdrawn["consentRecorded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_report_is_received_reaches_the_workflow_and_the_fm_sees_it_as_the_last_report()
    {
        var (caseId, instanceId, fm) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);
        await ConfirmAsync(sucht, caseId);
        await app.ProcessEngineAsync();
        app.Clock.Advance(TimeSpan.FromDays(10));

        var response = await ReportAsync(sucht, caseId, new { summary = "Drei Gespräche, Entgiftung geplant", attendance = "irregular", nextSteps = "Antrag Entwöhnung" });
        await app.ProcessEngineAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await ReadAsync(response);
        Assert.Equal((1, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(30).ToString("yyyy-MM-dd")),
            (receipt["reportCount"]!.GetValue<int>(), receipt["nextReportDue"]!.GetValue<string>()));
        await CompleteAtAsync(fm, caseId, "Task_ReadReport");
        var last = Assert.Single(await ReadArrayAsync(await fm.GetAsync("/api/referrals")))!["lastReport"]!;
        Assert.Equal(("Drei Gespräche, Entgiftung geplant", "Irregular", "Antrag Entwöhnung"),
            (last["summary"]!.GetValue<string>(), last["attendance"]!.GetValue<string>(), last["nextSteps"]!.GetValue<string>()));
        Assert.Equal(["Catch_Report", "Timer_Conference"], await WaitingAtAsync(fm, instanceId));
    }

    [Fact]
    public async Task A_decline_with_reason_closes_the_referral_and_gives_the_fm_a_task()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);

        var declined = await DeclineAsync(sucht, caseId, "Keine Kapazität bis März");
        await app.ProcessEngineAsync();

        Assert.Equal("declined", (await ReadAsync(declined))["state"]!.GetValue<string>());
        Assert.Equal("Declined", await CaseStateAsync(fm, caseId));
        Assert.Equal("Keine Kapazität bis März", (await GetCaseAsync(fm, caseId))["referral"]!["declinedReason"]!.GetValue<string>());
        await CompleteAtAsync(fm, caseId, "Task_Declined");
        Assert.Empty(await OpenHandoversAsync(sucht));
    }

    [Fact]
    public async Task Refused_calls_answer_with_problem_details_and_change_nothing()
    {
        var (caseId, _, _) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);
        var initial = await DatabaseStateAsync(app, caseId);

        var reportTooEarly = await ReportAsync(sucht, caseId);
        var malformed = await sucht.PostAsync($"/api/provider/handovers/{caseId}/decline", new StringContent("reason=Keine Kapazität", Encoding.UTF8, "application/json"));
        var noReason = await DeclineAsync(sucht, caseId, "  ");
        Assert.Equal(initial, await DatabaseStateAsync(app, caseId));

        await ConfirmAsync(sucht, caseId);
        var confirmedState = await DatabaseStateAsync(app, caseId);
        var secondConfirm = await ConfirmAsync(sucht, caseId);
        var noAttendance = await ReportAsync(sucht, caseId, new { summary = "Gespräch geführt" });
        var badAttendance = await ReportAsync(sucht, caseId, new { summary = "Gespräch geführt", attendance = "sometimes" });
        var lateDecline = await DeclineAsync(sucht, caseId, "doch nicht");
        Assert.Equal(confirmedState, await DatabaseStateAsync(app, caseId));

        await AssertRefusedAsync(reportTooEarly, HttpStatusCode.Conflict, "awaitingConfirmation");
        await AssertRefusedAsync(malformed, HttpStatusCode.BadRequest, "JSON");
        Assert.Equal("reason", (await AssertRefusedAsync(noReason, HttpStatusCode.BadRequest, "reason"))["field"]!.GetValue<string>());
        await AssertRefusedAsync(secondConfirm, HttpStatusCode.Conflict, "active");
        Assert.Equal("attendance", (await AssertRefusedAsync(noAttendance, HttpStatusCode.BadRequest, "attendance"))["field"]!.GetValue<string>());
        await AssertRefusedAsync(badAttendance, HttpStatusCode.BadRequest, "Regular, Irregular, None");
        await AssertRefusedAsync(lateDecline, HttpStatusCode.Conflict, "active");
    }

    [Fact]
    public async Task An_oversized_report_is_refused_with_413_before_anything_is_read()
    {
        var (caseId, _, _) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);
        await ConfirmAsync(sucht, caseId);
        var before = await DatabaseStateAsync(app, caseId);

        var response = await ReportAsync(sucht, caseId, new { summary = new string('x', 17 * 1024), attendance = "regular" });

        var problem = await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "16");
        Assert.Contains("payload too large", problem["title"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseStateAsync(app, caseId));
    }

    [Fact]
    public async Task A_report_on_a_declined_referral_is_a_conflict()
    {
        var (caseId, _, _) = await AwaitingProviderAsync(app);
        var sucht = WithApiKey(app, SuchtMitteKey);
        await DeclineAsync(sucht, caseId, "Keine Kapazität");
        var before = await DatabaseStateAsync(app, caseId);

        var report = await ReportAsync(sucht, caseId);

        var problem = await AssertRefusedAsync(report, HttpStatusCode.Conflict, "declined");
        Assert.Equal("declined", problem["state"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseStateAsync(app, caseId));
    }

    [Fact]
    public async Task Long_lists_are_paged()
    {
        for (var i = 0; i < 3; i++)
        {
            await ReferredToSbNordAsync(app, ["customerNumber"]);
        }

        var nord = WithApiKey(app, SbNordKey);
        var page = await nord.GetAsync("/api/provider/handovers?page=2&pageSize=2");
        var invalid = await nord.GetAsync("/api/provider/handovers?pageSize=500");

        Assert.Single(await ReadArrayAsync(page));
        Assert.Equal("3", page.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    private static async Task<JsonObject> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response);
        Assert.Contains(detailContains, problem["detail"]!.GetValue<string>());
        return problem;
    }
}
