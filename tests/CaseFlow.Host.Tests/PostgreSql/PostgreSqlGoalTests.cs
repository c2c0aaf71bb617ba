using System.Net;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>One active development goal per customer under a race, on a real PostgreSQL server (filtered unique index).</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlGoalTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlGoalTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task Concurrent_goals_for_one_customer_give_one_201_and_409s_naming_it_on_postgresql()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SignInAsync("ifk.meyer")));

        var responses = await Task.WhenAll(clients.Select((client, index) => AgreeAsync(client, customerId, Goal(index % 2 == 0 ? "housing" : "health"))));

        var winner = await ReadAsync(Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal(IdOf(winner), (await ReadAsync(refused))["activeGoal"]!["id"]!.GetValue<Guid>());
        }

        Assert.Equal(1, await GoalCountAsync(app, customerId));
    }

    public void Dispose() => app.Dispose();
}
