using System.Net;
using CaseFlow.Host.Referrals;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Host.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.FollowUps.FollowUpSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

/// <summary>
/// A provider's decline, a report and an overdue report reach the FM's inbox: as the default workflow's task when it waits
/// for them, else as a follow-up created with the answer.
/// </summary>
public sealed class ProviderAnswerInboxTests : AppTest
{
    private HttpClient Provider => WithApiKey(app, SuchtMitteKey);

    [Fact]
    public async Task A_decline_the_default_workflow_waits_for_becomes_the_fms_task_and_no_follow_up()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await DeclineAsync(Provider, caseId, "Keine Kapazität")).StatusCode);
        await app.ProcessEngineAsync();

        Assert.Single(await TasksAsync(fm, "mine", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_Declined");
        Assert.Equal(0, (await ListAsync(fm)).Total);
    }

    [Fact]
    public async Task A_decline_while_the_fm_works_on_the_reminder_becomes_a_follow_up_in_the_same_step()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(15));
        await app.ProcessEngineAsync();
        Assert.Single(await TasksAsync(fm, "mine", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_Remind");

        Assert.Equal(HttpStatusCode.OK, (await DeclineAsync(Provider, caseId, "Keine Kapazität")).StatusCode);

        var followUp = Assert.Single((await ListAsync(fm)).Items)!;
        Assert.Equal(caseId, followUp["caseId"]!.GetValue<Guid>());
        Assert.Equal("Der Träger Suchtberatung Mitte hat die Überleitung abgelehnt: Keine Kapazität", followUp["reason"]!.GetValue<string>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, followUp["dueAt"]!.GetValue<DateTime>());
        Assert.Contains(ProviderAnswerFollowUps.CreatedAction, Actions(await HistoryAsync(fm, caseId)));
    }

    [Fact]
    public async Task A_report_becomes_the_fms_task_and_a_second_one_while_she_reads_the_first_a_follow_up()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        await ConfirmAsync(Provider, caseId);
        await app.ProcessEngineAsync();

        Assert.Equal(HttpStatusCode.Created, (await ReportAsync(Provider, caseId)).StatusCode);
        await app.ProcessEngineAsync();
        Assert.Single(await TasksAsync(fm, "mine", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_ReadReport");
        Assert.Equal(0, (await ListAsync(fm)).Total);

        Assert.Equal(HttpStatusCode.Created, (await ReportAsync(Provider, caseId)).StatusCode);

        var followUp = Assert.Single((await ListAsync(fm)).Items)!;
        Assert.Equal("Neuer Bericht des Trägers Suchtberatung Mitte: bitte sichten.", followUp["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_answer_the_fm_records_herself_gives_her_no_follow_up()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(15));
        await app.ProcessEngineAsync();

        await ActOkAsync(fm, caseId, "provider-decline", new { reason = "Telefonisch abgesagt" });

        Assert.Equal(0, (await ListAsync(fm)).Total);
    }

    [Fact]
    public async Task An_overdue_report_is_the_task_of_the_shipped_workflow_or_a_follow_up_when_no_workflow_starts_on_it()
    {
        var (caseId, _, fm) = await AwaitingProviderAsync(app);
        await ConfirmAsync(Provider, caseId);
        await app.ProcessEngineAsync();
        app.Clock.Advance(TimeSpan.FromDays(32));
        Assert.Equal(1, await RunReportWatchAsync());
        await app.ProcessEngineAsync();
        Assert.Single(await TasksAsync(fm, "mine", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_FollowUp");
        Assert.Equal(0, (await ListAsync(fm)).Total);

        // A process owner publishes a version of provider-report-overdue that no longer starts on the message.
        await OneTaskWorkflow.PublishAsync(await app.SignInAsync("owner.process"), "provider-report-overdue", "referral");
        app.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, await RunReportWatchAsync());

        var followUp = Assert.Single((await ListAsync(fm)).Items)!;
        Assert.Equal("Bericht des Trägers Suchtberatung Mitte seit 32 Tagen überfällig: bitte beim Träger nachfordern.", followUp["reason"]!.GetValue<string>());
        Assert.Equal("caseflow.engine", followUp["createdBy"]!.GetValue<string>());
    }

    private Task<int> RunReportWatchAsync() => app.Services.GetRequiredService<ReportOverdueWatch>().RunAsync(CancellationToken.None);
}
