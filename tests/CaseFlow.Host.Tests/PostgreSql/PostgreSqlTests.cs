using System.Net;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The PostgreSQL path: migrations, a full bFM case and the optimistic concurrency check on a real server.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task The_migrations_build_exactly_the_schema_the_model_expects_on_postgresql()
    {
        var (provider, expected, actual) = await app.InDatabaseAsync(async db =>
            (db.Database.ProviderName, DatabaseSchema.Expected(db), await DatabaseSchema.ActualAsync(db)));

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
    }

    [Fact]
    public async Task A_bfm_case_runs_to_exit_on_postgresql_with_its_journal_and_follow_up()
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);

        var exited = await ActOkAsync(fm, caseId, "exit", new { reason = "GoalReached", data = new { finalProfile = "AP", closingPlan = "Nachbetreuung durch die IFK" } });

        Assert.Equal("Exited", exited["state"]!.GetValue<string>());
        var history = await ReadArrayAsync(await fm.GetAsync($"/api/cases/{caseId}/history"));
        Assert.Equal(6, history.Count);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.FollowUps.CountAsync(f => f.CaseId == caseId)));
        var stored = await app.InDatabaseAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(DateTimeKind.Utc, stored.Bfm!.ExitedAt!.Value.Kind);
    }

    [Fact]
    public async Task Two_simultaneous_actions_on_one_case_give_one_success_and_one_conflict_on_postgresql()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        var schulz = await app.SignInAsync("fm.schulz");
        var wagner = await app.SignInAsync("fm.wagner");
        await ActOkAsync(schulz, caseId, "accept", new { data = new { workingAlliance = true } });

        // The main FM and her deputy both keep access whoever wins, so the loser's answer is about the race alone.
        var responses = await Task.WhenAll(ActAsync(schulz, caseId, "complete-assessment"), ActAsync(wagner, caseId, "complete-assessment"));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Conflict],
            responses.Select(r => r.StatusCode).Order());
        var after = await GetCaseAsync(ifk, caseId);
        Assert.Equal(3, after["version"]!.GetValue<int>());
    }

    public void Dispose() => app.Dispose();
}
