using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The incidents list query, the derived status and cancelling on a real PostgreSQL server.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlIncidentTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlIncidentTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task An_incident_is_listed_with_its_customer_number_and_leaves_the_list_when_the_instance_is_cancelled_on_postgresql()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerNumber = NewCustomerNumber();
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk, customerNumber: customerNumber));
        var instanceId = await FaultWorkflow.InIncidentAsync(app, ifk, caseId);
        var owner = await app.SignInAsync("owner.process");

        var listed = await owner.GetAsync($"/api/incidents?caseId={caseId}");

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(customerNumber, (await ReadArrayAsync(listed)).Single()!["customerNumber"]!.GetValue<string>());
        Assert.Equal("Incident", (await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/instances"))).Single(i => i!["id"]!.GetValue<Guid>() == instanceId)!["status"]!.GetValue<string>());
        var cancelled = await ifk.PostAsJsonAsync($"/api/instances/{instanceId}/cancel", new { reason = "Fehlstart" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Empty(await ReadArrayAsync(await owner.GetAsync($"/api/incidents?caseId={caseId}")));
        Assert.Equal("Cancelled", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
    }

    public void Dispose() => app.Dispose();
}
