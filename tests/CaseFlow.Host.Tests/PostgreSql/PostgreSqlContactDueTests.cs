using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The contact due list on a real PostgreSQL server: maintained due dates, the list, the refresh and the daily job.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlContactDueTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlContactDueTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task A_due_customer_is_listed_refreshed_and_raised_once_on_postgresql()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk, familyName: "Pgfällig");
        var profile = await ifk.PutAsJsonAsync($"/api/customers/{customerId}/profile", new { profile = "MP", actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = false });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddDays(-40));

        await app.Services.GetRequiredService<ContactDueRefresh>().RunAsync(CancellationToken.None);
        var watch = app.Services.GetRequiredService<ContactDueWatch>();
        var raised = await watch.RunAsync(CancellationToken.None) + await watch.RunAsync(CancellationToken.None, force: true);

        var response = await ifk.GetAsync("/api/contacts/due?scope=team");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = await ReadArrayAsync(response);
        Assert.Contains(items, item => item!["customerId"]!.GetValue<Guid>() == customerId && item["overdueDays"]!.GetValue<int>() == 10);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.FollowUps.CountAsync(f => f.CustomerId == customerId && f.ContactDueOn != null)));
        Assert.Equal(1, raised);
    }

    public void Dispose() => app.Dispose();
}
