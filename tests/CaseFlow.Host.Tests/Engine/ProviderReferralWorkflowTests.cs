using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Contracts;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary>The shipped provider-referral.bpmn: hand-over message, the provider's answer or a reminder, reports, case conferences.</summary>
public sealed class ProviderReferralWorkflowTests : AppTest
{
    [Fact]
    public async Task A_referral_waits_for_the_provider_with_a_reminder_then_runs_reports_and_conferences_to_the_end()
    {
        var (caseId, instanceId, fm) = await AwaitingProviderAsync(app);
        var row = await app.InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.MessageType == nameof(HandoverRequested)));
        var handover = JsonSerializer.Deserialize<HandoverRequested>(row.Payload, OutboxWriter.Json)!;
        Assert.Equal((caseId.ToString(), caseId, instanceId, "Send_Handover"), (handover.CorrelationKey, handover.CaseId, handover.InstanceId, handover.Source));
        Assert.Equal(["Gateway_ProviderAnswer"], await WaitingAtAsync(fm, instanceId));

        app.Clock.Advance(TimeSpan.FromDays(15));
        await app.ProcessEngineAsync();
        await CompleteAtAsync(fm, caseId, "Task_Remind", new { remindedBy = "Telefon" });
        Assert.Equal(["Gateway_ProviderAnswer"], await WaitingAtAsync(fm, instanceId));

        await ActOkAsync(fm, caseId, "provider-confirm", new { note = "Zusage telefonisch" });
        await app.ProcessEngineAsync();
        Assert.Equal("Active", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Catch_Report", "Timer_Conference"], await WaitingAtAsync(fm, instanceId));

        await ActOkAsync(fm, caseId, "report", new { data = new { summary = "Termine wahrgenommen", attendance = "regular" } });
        await app.ProcessEngineAsync();
        await CompleteAtAsync(fm, caseId, "Task_ReadReport");
        Assert.Equal(["Catch_Report", "Timer_Conference"], await WaitingAtAsync(fm, instanceId));

        app.Clock.Advance(TimeSpan.FromDays(93));
        await app.ProcessEngineAsync();
        await CompleteAtAsync(fm, caseId, "Task_Conference", new { decision = "continue" });
        Assert.Equal(["Catch_Report", "Timer_Conference"], await WaitingAtAsync(fm, instanceId));
        app.Clock.Advance(TimeSpan.FromDays(93));
        await app.ProcessEngineAsync();
        await CompleteAtAsync(fm, caseId, "Task_Conference", new { decision = "end" });
        Assert.Equal("Ended", await CaseStateAsync(fm, caseId));
        await CompleteAtAsync(fm, caseId, "Task_FinalReport");

        var instance = await InstanceAsync(fm, instanceId);
        Assert.Equal("Completed", instance["status"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.MessageSubscriptions.CountAsync(s => s.InstanceId == instanceId)));
        await Consistency.AssertConsistentAsync(app);
    }

    [Fact]
    public async Task A_declining_provider_ends_the_race_and_leaves_a_task_for_the_fm()
    {
        var (caseId, instanceId, fm) = await AwaitingProviderAsync(app);

        await ActOkAsync(fm, caseId, "provider-decline", new { reason = "Keine Kapazität" });
        await app.ProcessEngineAsync();

        Assert.Equal(["Task_Declined"], await WaitingAtAsync(fm, instanceId));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.WorkflowTimers.CountAsync(t => t.InstanceId == instanceId)));
    }

    [Fact]
    public async Task A_message_nobody_waits_for_stays_waiting_and_expires_after_its_time_to_live()
    {
        var (caseId, _, _) = await AwaitingProviderAsync(app);

        await app.ProcessEngineAsync();
        var waiting = await app.InDatabaseAsync(db => db.WorkflowMessages.SingleAsync(m => m.Name == nameof(HandoverRequested)));
        Assert.Equal(WorkflowMessageStatus.Waiting, waiting.Status);
        var sent = await app.InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == waiting.Id));
        Assert.Equal(OutboxStatus.Sent, sent.Status);

        app.Clock.Advance(TimeSpan.FromDays(8));
        await app.ProcessEngineAsync();
        var expired = await app.InDatabaseAsync(db => db.WorkflowMessages.SingleAsync(m => m.Name == nameof(HandoverRequested)));
        Assert.Equal(WorkflowMessageStatus.Expired, expired.Status);
        Assert.Equal(caseId.ToString(), expired.CorrelationKey);
    }
}
