using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.Engine;

/// <summary><c>GET /api/incidents</c> and the one status an instance in incident shows on every route.</summary>
public sealed class IncidentsApiTests : AppTest
{
    /// <summary>A bFM case whose <see cref="FaultWorkflow"/> failed after the check: a genuine fault, an incident.</summary>
    private async Task<(Guid CaseId, Guid InstanceId, HttpClient Ifk, string CustomerNumber)> InIncidentAsync()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerNumber = NewCustomerNumber();
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk, customerNumber: customerNumber));
        var instanceId = await FaultWorkflow.InIncidentAsync(app, ifk, caseId);
        return (caseId, instanceId, ifk, customerNumber);
    }

    [Fact]
    public async Task An_instance_in_incident_says_incident_on_every_route()
    {
        var (caseId, instanceId, ifk, _) = await InIncidentAsync();

        var ofCase = await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/instances"));

        Assert.Equal("Incident", (await InstanceAsync(ifk, instanceId))["status"]!.GetValue<string>());
        Assert.Equal("Incident", ofCase.Single(i => i!["id"]!.GetValue<Guid>() == instanceId)!["status"]!.GetValue<string>());
        Assert.Contains(await ReadArrayAsync(await ifk.GetAsync($"/api/incidents?caseId={caseId}")), i => i!["instanceId"]!.GetValue<Guid>() == instanceId);
    }

    [Fact]
    public async Task The_process_owner_sees_the_incident_with_workflow_element_and_customer_number()
    {
        var (caseId, instanceId, _, customerNumber) = await InIncidentAsync();
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.GetAsync($"/api/incidents?caseId={caseId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Total-Count").Single());
        var incident = (await ReadArrayAsync(response)).Single()!;
        Assert.Equal(instanceId, incident["instanceId"]!.GetValue<Guid>());
        Assert.Equal((FaultWorkflow.Key, 1), (incident["workflowKey"]!.GetValue<string>(), incident["workflowVersion"]!.GetValue<int>()));
        Assert.Equal(FaultWorkflow.FailingElement, incident["elementId"]!.GetValue<string>());
        Assert.Equal(FaultWorkflow.FailingElementName, incident["elementName"]!.GetValue<string>());
        Assert.Contains("vars.notifyTo", incident["message"]!.GetValue<string>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, incident["since"]!.GetValue<DateTime>());
        Assert.Equal((caseId, "bfm"), (incident["caseId"]!.GetValue<Guid>(), incident["caseKind"]!.GetValue<string>()));
        Assert.Equal(customerNumber, incident["customerNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Caseworkers_see_only_the_incidents_of_cases_they_may_read()
    {
        var (caseId, _, _, _) = await InIncidentAsync();
        var other = await app.SignInAsync("ifk.braun");

        var all = await other.GetAsync("/api/incidents?pageSize=200");
        var ofCase = await other.GetAsync($"/api/incidents?caseId={caseId}");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.DoesNotContain(await ReadArrayAsync(all), i => i!["caseId"]?.GetValue<Guid>() == caseId);
        Assert.Equal(HttpStatusCode.Forbidden, ofCase.StatusCode);
        Assert.Contains("forbidden", (await ReadAsync(ofCase))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_list_is_paged_and_counts_every_visible_incident()
    {
        await InIncidentAsync();
        await InIncidentAsync();
        var ifk = await app.SignInAsync("ifk.meyer");

        var first = await ifk.GetAsync("/api/incidents?page=1&pageSize=1");
        var second = await ifk.GetAsync("/api/incidents?page=2&pageSize=1");

        Assert.Equal("2", first.Headers.GetValues("X-Total-Count").Single());
        var one = Assert.Single(await ReadArrayAsync(first));
        var two = Assert.Single(await ReadArrayAsync(second));
        Assert.NotEqual(one!["id"]!.GetValue<Guid>(), two!["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.BadRequest, (await ifk.GetAsync("/api/incidents?pageSize=0")).StatusCode);
    }

    [Fact]
    public async Task Without_sign_in_the_list_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_retried_incident_leaves_the_list()
    {
        var (caseId, instanceId, ifk, _) = await InIncidentAsync();
        var incident = (await ReadArrayAsync(await ifk.GetAsync($"/api/incidents?caseId={caseId}"))).Single()!;

        var retry = await ifk.PostAsync(
            $"/api/instances/{instanceId}/incidents/{incident["id"]}/retry",
            System.Net.Http.Json.JsonContent.Create(new { variables = FaultWorkflow.Fix }));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Empty(await ReadArrayAsync(await ifk.GetAsync($"/api/incidents?caseId={caseId}")));
        Assert.Equal("Running", (await ReadArrayAsync(await ifk.GetAsync($"/api/cases/{caseId}/instances"))).Single(i => i!["id"]!.GetValue<Guid>() == instanceId)!["status"]!.GetValue<string>());
    }
}
