using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Races;

/// <summary>
/// The five races of issue 16, each fired <see cref="Race.Rounds"/> times: one request wins (200/201, one journal
/// entry), the other gets a German 409 naming the conflict, never a 500. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class RaceScenarios(CaseFlowApp app)
{
    [Fact]
    public async Task Two_registrations_of_one_customer_number_give_one_201_and_one_409()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        var braun = await app.SignInAsync("ifk.braun");
        for (var round = 0; round < Race.Rounds; round++)
        {
            var number = NewCustomerNumber('R');
            var body = new { customerNumber = number, givenName = "Erika", familyName = "Mustermann", birthDate = "1990-04-12" };

            var answers = await Race.TwoAtOnceAsync(() => meyer.PostAsJsonAsync("/api/customers", body), () => braun.PostAsJsonAsync("/api/customers", body));

            var id = (await ReadAsync(await Race.AssertOneWinsAsync(answers, HttpStatusCode.Created, "Kundennummer")))["id"]!.GetValue<Guid>();
            Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == id && j.Action == "create")));
        }
    }

    [Fact]
    public async Task Two_openings_of_a_bfm_case_for_one_customer_give_one_201_and_one_409()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        for (var round = 0; round < Race.Rounds; round++)
        {
            var customerId = await CreateEligibleCustomerAsync(ifk);

            var answers = await Race.TwoAtOnceAsync(() => OpenCaseAsync(ifk, customerId, "bfm"), () => OpenCaseAsync(ifk, customerId, "bfm"));

            await Race.AssertOneWinsAsync(answers, HttpStatusCode.Created, "Fall der Art 'bfm'");
            var cases = await app.InDatabaseAsync(db => db.Cases.Where(c => c.CustomerId == customerId).Select(c => c.Id).ToListAsync());
            Assert.Single(cases);
            Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => cases.Contains(j.SubjectId) && j.Action == "open")));
        }
    }

    [Fact]
    public async Task Two_claims_of_one_task_give_one_200_and_one_409()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var schulz = await app.SignInAsync("fm.schulz");
        var wagner = await app.SignInAsync("fm.wagner");
        for (var round = 0; round < Race.Rounds; round++)
        {
            var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
            await CompleteAtAsync(ifk, caseId, "Task_CheckAccess", new { consent = true });
            var intake = await TaskAtAsync(schulz, caseId, "Task_Intake");

            var answers = await Race.TwoAtOnceAsync(() => schulz.PostAsync($"/api/tasks/{intake}/claim", null), () => wagner.PostAsync($"/api/tasks/{intake}/claim", null));

            var winner = (await ReadAsync(await Race.AssertOneWinsAsync(answers, HttpStatusCode.OK, "übernommen")))["assignee"]!.GetValue<string>();
            var held = await app.InDatabaseAsync(db => db.HumanTasks.Where(t => t.Id == intake).Select(t => t.Assignee).SingleAsync());
            Assert.Equal(winner, held);
            var instanceId = await app.InDatabaseAsync(db => db.HumanTasks.Where(t => t.Id == intake).Select(t => t.InstanceId).SingleAsync());
            Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectId == instanceId && j.Action == "task.claimed")));
        }
    }

    [Fact]
    public async Task Two_publishes_of_one_draft_give_one_200_and_one_409()
    {
        var owner = await app.SignInAsync("owner.process");
        for (var round = 1; round <= Race.Rounds; round++)
        {
            var upload = await owner.PostAsync("/api/workflows", new StringContent(FaultWorkflow.Xml, Encoding.UTF8, new MediaTypeHeaderValue("application/xml")));
            Assert.True(upload.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"upload: {(int)upload.StatusCode}");
            var path = $"/api/workflows/{FaultWorkflow.Key}/publish";

            var answers = await Race.TwoAtOnceAsync(() => owner.PostAsync(path, null), () => owner.PostAsync(path, null));

            Assert.Equal(round, (await ReadAsync(await Race.AssertOneWinsAsync(answers, HttpStatusCode.OK, "veröffentlicht")))["version"]!.GetValue<int>());
        }

        var versions = await app.InDatabaseAsync(db => db.WorkflowDefinitions.Where(d => d.Key == FaultWorkflow.Key).Select(d => d.Version).ToListAsync());
        Assert.Equal(Enumerable.Range(1, Race.Rounds), versions.Order());
        var ids = await app.InDatabaseAsync(db => db.WorkflowDefinitions.Where(d => d.Key == FaultWorkflow.Key).Select(d => d.Id).ToListAsync());
        Assert.Equal(Race.Rounds, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => ids.Contains(j.SubjectId) && j.Action == "publish")));
    }

    [Fact]
    public async Task Two_revocations_of_one_api_key_give_one_200_and_one_409()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner, "wh-race");
        for (var round = 0; round < Race.Rounds; round++)
        {
            var id = (await CreateKeyAsync(owner, "wh-race"))["id"]!.GetValue<Guid>();
            var path = $"/api/providers/wh-race/api-keys/{id}/revoke";

            var answers = await Race.TwoAtOnceAsync(() => owner.PostAsync(path, null), () => owner.PostAsync(path, null));

            await Race.AssertOneWinsAsync(answers, HttpStatusCode.OK, "widerrufen");
            var text = id.ToString();
            Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.Action == "provider.api-key-revoked" && j.Data!.Contains(text))));
        }
    }
}
