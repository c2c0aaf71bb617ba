using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>Steps through the workflow and task API that the workflow tests share.</summary>
public static class Flow
{
    public static async Task<Guid> StartAsync(HttpClient client, string key, Guid? caseId, object? variables = null)
    {
        var response = await client.PostAsJsonAsync($"/api/workflows/{key}/instances", new { caseId, variables = variables ?? new { } });
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"start {key}: {(int)response.StatusCode} {body}");
        return body["id"]!.GetValue<Guid>();
    }

    /// <summary>The case's newest instance of the workflow, e.g. the default workflow that started when the case opened.</summary>
    public static async Task<Guid> InstanceOfAsync(HttpClient client, Guid caseId, string key)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}/instances");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"instances of {caseId}: {(int)response.StatusCode}");
        var instance = (await ReadArrayAsync(response)).FirstOrDefault(i => i!["definitionKey"]!.GetValue<string>() == key);
        Assert.True(instance is not null, $"case {caseId} has no instance of {key}");
        return instance!["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonObject> InstanceAsync(HttpClient client, Guid instanceId)
    {
        var response = await client.GetAsync($"/api/instances/{instanceId}");
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"instance: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>The element ids the instance's tokens wait at, sorted.</summary>
    public static async Task<List<string>> WaitingAtAsync(HttpClient client, Guid instanceId) =>
        (await InstanceAsync(client, instanceId))["waitingAt"]!.AsArray()
            .Select(w => w!["elementId"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .ToList();

    public static async Task<JsonArray> TasksAsync(HttpClient client, string scope = "all", Guid? caseId = null)
    {
        var response = await client.GetAsync($"/api/tasks?scope={scope}&pageSize=200{(caseId is null ? "" : $"&caseId={caseId}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadArrayAsync(response);
    }

    /// <summary>The one open task of this instance of the case that the client can see (the case's default workflow has its own).</summary>
    public static async Task<JsonNode> TaskOfInstanceAsync(HttpClient client, Guid caseId, Guid instanceId) =>
        (await TasksAsync(client, "all", caseId)).Single(t => t!["instanceId"]!.GetValue<Guid>() == instanceId)!;

    /// <summary>The one open task of the case at this element that the client can see.</summary>
    public static async Task<Guid> TaskAtAsync(HttpClient client, Guid caseId, string elementId)
    {
        var tasks = (await TasksAsync(client, "all", caseId)).Where(t => t!["elementId"]!.GetValue<string>() == elementId).ToList();
        Assert.True(tasks.Count == 1, $"expected one open task at {elementId}, found {tasks.Count}");
        return tasks[0]!["id"]!.GetValue<Guid>();
    }

    public static Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid taskId, object? variables = null) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = variables ?? new { } });

    /// <summary>Completes the case's task at the element and insists on 200.</summary>
    public static async Task CompleteAtAsync(HttpClient client, Guid caseId, string elementId, object? variables = null)
    {
        var response = await CompleteAsync(client, await TaskAtAsync(client, caseId, elementId), variables);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"complete {elementId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<string> CaseStateAsync(HttpClient client, Guid caseId) =>
        (await GetCaseAsync(client, caseId))["state"]!.GetValue<string>();

    public static string InMonths(CaseFlowApp app, int months) =>
        DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(months).ToString("yyyy-MM-dd");

    /// <summary>A referral whose <c>provider-referral</c> instance sent the hand-over and waits for the provider's answer.</summary>
    public static async Task<(Guid CaseId, Guid InstanceId, HttpClient Fm)> AwaitingProviderAsync(CaseFlowApp app)
    {
        var (caseId, fm) = await Api.ReferralCaseAsync(app);
        var instanceId = await InstanceOfAsync(fm, caseId, "provider-referral");
        await CompleteAtAsync(fm, caseId, "Task_ChooseProvider", new
        {
            provider = "sucht-mitte",
            targetGroup = "Suchtkranke",
            voluntary = true,
            consentedFields = new[] { "customerNumber", "age", "targetGroup", "caseManager" },
        });
        Assert.Equal("AwaitingProvider", await CaseStateAsync(fm, caseId));
        return (caseId, instanceId, fm);
    }
}
