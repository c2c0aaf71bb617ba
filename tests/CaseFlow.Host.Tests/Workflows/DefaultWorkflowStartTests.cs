using System.Net;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Workflows;

/// <summary>Opening a case starts the default workflow of its kind in the same transaction, so its first work is in an inbox.</summary>
public sealed class DefaultWorkflowStartTests : AppTest
{
    private static async Task<(Guid CaseId, Guid InstanceId)> OpenAsync(HttpClient client, Guid customerId, string kind, string expectedKey)
    {
        var response = await OpenCaseAsync(client, customerId, kind);
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"open {kind}: {(int)response.StatusCode} {body}");
        var started = body["startedInstance"]!;
        Assert.Equal((expectedKey, 1), (started["key"]!.GetValue<string>(), started["version"]!.GetValue<int>()));
        return (body["id"]!.GetValue<Guid>(), started["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_bfm_case_starts_bfm_referral_and_after_the_check_the_intake_is_in_the_fm_group_inbox()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var (caseId, instanceId) = await OpenAsync(ifk, await CreateEligibleCustomerAsync(ifk), "bfm", "bfm-referral");

        Assert.Equal(instanceId, await InstanceOfAsync(ifk, caseId, "bfm-referral"));
        Assert.Equal(["Task_CheckAccess"], await WaitingAtAsync(ifk, instanceId));
        Assert.Contains(await TasksAsync(ifk, "mine", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_CheckAccess");
        await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
        Assert.Contains(await TasksAsync(fm, "group", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_Intake");
    }

    [Fact]
    public async Task An_outreach_case_starts_outreach_u25_and_its_hand_over_lands_in_the_vm_u25_ab_queue()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var roth = await app.SignInAsync("ab.roth");
        var (caseId, _) = await OpenAsync(pap, await CreateCustomerAsync(pap, birthDate: U25BirthDate), "outreach", "outreach-u25");

        await CompleteAtAsync(pap, caseId, "Task_HandoverTalk", new { handoverTalkHeld = true });
        await CompleteAtAsync(pap, caseId, "Task_HandoverForm", new { form = "AB-Auftrag-Fallübergabe" });

        var queued = Assert.Single(await TasksAsync(roth, "group", caseId))!;
        Assert.Equal(("Task_TakeOver", "queue:VM-U25-aB"), (queued["elementId"]!.GetValue<string>(), queued["candidateRole"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_referral_starts_provider_referral_and_the_fm_prepares_the_hand_over_from_her_inbox()
    {
        var (caseId, fm) = await ReferralCaseAsync(app);

        var instanceId = await InstanceOfAsync(fm, caseId, "provider-referral");
        Assert.Equal(["Task_ChooseProvider"], await WaitingAtAsync(fm, instanceId));
        Assert.Contains(await TasksAsync(fm, "mine", caseId), t => t!["elementId"]!.GetValue<string>() == "Task_ChooseProvider");
    }

    [Fact]
    public async Task A_case_opens_without_an_instance_when_its_kind_has_no_default()
    {
        using var bare = new CaseFlowApp();
        bare.Settings["Workflows:Folder"] = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caseflow-tests", "no-workflows")).FullName;
        var ifk = await bare.SignInAsync("ifk.meyer");

        var response = await OpenCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk), "bfm");
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null(body["startedInstance"]);
        Assert.Empty(await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{body["id"]}/instances")));
    }

    [Fact]
    public async Task When_the_default_workflow_cannot_be_saved_the_case_is_not_saved_either()
    {
        app.TestServices.Add(services => services.ConfigureDbContext<CaseFlowDbContext>(options => options.AddInterceptors(new RefuseInstances())));
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);

        var response = await OpenCaseAsync(ifk, customerId, "bfm");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        Assert.False(await db.Cases.AnyAsync(c => c.CustomerId == customerId));
        Assert.False(await db.Journal.AnyAsync(j => j.SubjectType == "case" && j.Action == "open"));
    }

    /// <summary>Fails every save that adds a workflow instance, as a failing start would.</summary>
    private sealed class RefuseInstances : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<WorkflowInstance>().Any(e => e.State == EntityState.Added)
                ? throw new InvalidOperationException("Start refused by the test.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
