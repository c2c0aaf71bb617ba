using System.Net;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>Contacts on a real PostgreSQL server: counting, paging, and three missed appointments recorded at the same moment.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlContactTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlContactTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task Contacts_are_counted_and_listed_newest_first_on_postgresql()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var now = app.Clock.GetUtcNow();
        await RecordOkAsync(ifk, customerId, now.AddDays(-2), "allgemeinerVermerk", "email");
        await RecordOkAsync(ifk, customerId, now.AddDays(-1), "sbVorgang", "groupSession");

        var (items, total) = await ListAsync(ifk, customerId, "?pageSize=1");

        Assert.Equal(2, total);
        Assert.True(Assert.Single(items)!["counts"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Three_missed_appointments_recorded_at_once_make_an_under_25_not_reachable_with_one_follow_up_on_postgresql()
    {
        var pap = await app.SignInAsync("pap.hoff");
        var customerId = await CreateCustomerAsync(pap, birthDate: U25BirthDate);
        var clients = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.SignInAsync("pap.hoff")));
        var now = app.Clock.GetUtcNow();

        var responses = await Task.WhenAll(clients.Select((client, i) => MissedAsync(client, customerId, now.AddDays(-i - 1))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var customer = await CustomerAsync(pap, customerId);
        Assert.True(customer["notReachable"]!.GetValue<bool>());
        Assert.Equal(3, customer["missedInARow"]!.GetValue<int>());
        Assert.Equal(1, await app.InDatabaseAsync(db => db.FollowUps.CountAsync(f => f.CustomerId == customerId && f.CaseId == null)));
    }

    public void Dispose() => app.Dispose();
}
