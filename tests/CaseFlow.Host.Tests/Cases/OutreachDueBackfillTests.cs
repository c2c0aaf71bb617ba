using System.Text.Json.Nodes;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>Outreach cases in activation from before the kept due date get their end of activation at start.</summary>
public sealed class OutreachDueBackfillTests : AppTest
{
    [Fact]
    public async Task An_outreach_case_in_activation_without_a_due_date_gets_its_end_of_activation_at_start()
    {
        var (caseId, _) = await QueuedOutreachCaseAsync(app);
        var kaya = await app.SignInAsync("ab.kaya");
        await ActOkAsync(kaya, caseId, "take-over");
        var kept = await RowAsync(kaya);
        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.NextDueOn, (DateOnly?)null).SetProperty(c => c.NextDue, (string?)null)));
        Assert.Null((await RowAsync(kaya))["nextDueOn"]);

        int backfilled;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            backfilled = await scope.ServiceProvider.GetRequiredService<OutreachDueBackfill>().RunAsync(CancellationToken.None);
        }

        var row = await RowAsync(kaya);
        Assert.Equal(1, backfilled);
        Assert.Equal("activationEnd", row["nextDue"]!.GetValue<string>());
        Assert.Equal(kept["nextDueOn"]!.GetValue<string>(), row["nextDueOn"]!.GetValue<string>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<OutreachDueBackfill>().RunAsync(CancellationToken.None));
        }
    }

    private static async Task<JsonNode> RowAsync(HttpClient client) =>
        Assert.Single(await ReadArrayAsync(await client.GetAsync("/api/cases?scope=mine&kind=outreach")))!;
}
