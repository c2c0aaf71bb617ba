using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Bpmn;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Workflows;

public sealed class WorkflowsApiRefusalTests : AppTest
{
    /// <summary>These tests count definitions and their journal: start without the shipped workflows.</summary>
    public WorkflowsApiRefusalTests() => app.Settings["Workflows:Folder"] = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caseflow-tests", "no-workflows")).FullName;

    public static TheoryData<string, string, string> InvalidFiles => new()
    {
        { Xxe, "", "DTD/XXE refused" },
        { Unsupported, "Accept", "unsupported element: scriptTask" },
        { BrokenCondition, "Flow_Cond", "invalid condition" },
        { FlowToNowhere, "Flow_3", "dangling flow" },
        { UnknownRuleValue, "Timer_Max", "Unbekannter Regelwert 'rules.bfm.maxYears' (unknown rule value)" },
    };

    /// <summary>A timer at acceptance plus a rule value the rule sets do not hold.</summary>
    private static string UnknownRuleValue => Valid().Replace(
        "<bpmn:serviceTask id=\"Accept\"",
        """
        <bpmn:boundaryEvent id="Timer_Max" attachedToRef="Task_Talk" cancelActivity="false">
          <bpmn:timerEventDefinition cf:dueDate="date(case.bfm.acceptedAt) + rules.bfm.maxYears" />
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="Flow_Max" sourceRef="Timer_Max" targetRef="End" />
        <bpmn:serviceTask id="Accept"
        """,
        StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public async Task An_invalid_file_is_refused_with_element_level_problems_and_nothing_is_stored(string xml, string elementId, string fragment)
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await UploadAsync(owner, xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await ReadAsync(response))["problems"]!.AsArray();
        Assert.Contains(problems, p => (p!["elementId"]?.GetValue<string>() ?? "") == elementId && p["message"]!.GetValue<string>().Contains(fragment));
        Assert.DoesNotContain("root:", problems.ToJsonString());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.WorkflowDefinitions.CountAsync()));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectType == "workflow")));
    }

    [Fact]
    public async Task A_file_above_two_megabytes_is_refused_with_413()
    {
        var owner = await app.SignInAsync("owner.process");
        var padding = $"<bpmn:documentation>{new string('x', BpmnReader.MaxBytes)}</bpmn:documentation>";

        var response = await UploadAsync(owner, Valid().Replace("<bpmn:startEvent", padding + "<bpmn:startEvent", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("payload too large", Str(await ReadAsync(response), "title"));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task A_body_that_is_not_sent_as_xml_is_refused_with_415(string mediaType)
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await UploadAsync(owner, Valid(), mediaType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("unsupported media type", Str(await ReadAsync(response), "title"));
    }

    [Fact]
    public async Task Only_process_owners_upload_and_publish()
    {
        var owner = await app.SignInAsync("owner.process");
        await UploadAsync(owner, Valid());
        var ifk = await app.SignInAsync("ifk.meyer");

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(ifk, Valid())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ifk.PostAsync("/api/workflows/intake-check/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.WorkflowDefinitions.CountAsync(d => d.Version > 0)));
    }

    [Fact]
    public async Task Unknown_keys_versions_and_drafts_are_404_and_publishing_a_published_draft_again_409()
    {
        var owner = await app.SignInAsync("owner.process");
        await UploadAsync(owner, Valid());
        await PublishOkAsync(owner, "intake-check");

        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsync("/api/workflows/intake-check/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync("/api/workflows/nothing-here/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/workflows/intake-check/versions/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/workflows/nothing-here/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/workflows/intake-check/draft")).StatusCode);
    }

    private static async Task<JsonObject> PublishOkAsync(HttpClient client, string key)
    {
        var response = await client.PostAsync($"/api/workflows/{key}/publish", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    private static string? Str(JsonObject json, string name) => json[name]?.GetValue<string>();
}
