using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Workflows;

public sealed class WorkflowsApiTests : AppTest
{
    /// <summary>These tests count definitions and their journal: start without the shipped workflows.</summary>
    public WorkflowsApiTests() => app.Settings["Workflows:Folder"] = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caseflow-tests", "no-workflows")).FullName;

    [Fact]
    public async Task An_upload_becomes_a_draft_and_each_publish_a_new_version_while_old_versions_stay_readable()
    {
        var owner = await app.SignInAsync("owner.process");

        var uploaded = await UploadAsync(owner, Valid());
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var draft = await ReadAsync(uploaded);
        Assert.Equal(("intake-check", "Aufnahme", "Draft", "bfm"), (Str(draft, "key"), Str(draft, "name"), Str(draft, "status"), Str(draft, "caseKind")));
        Assert.Equal("/api/workflows/intake-check/draft", uploaded.Headers.Location!.OriginalString);
        Assert.Equal(1, (await PublishOkAsync(owner, "intake-check"))["version"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(owner, Valid(taskName: "Zweites Gespräch"), "text/xml")).StatusCode);
        Assert.Equal(2, (await PublishOkAsync(owner, "intake-check"))["version"]!.GetValue<int>());

        var ifk = await app.SignInAsync("ifk.meyer");
        var first = await ifk.GetAsync("/api/workflows/intake-check/versions/1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/xml", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Valid(), await first.Content.ReadAsStringAsync());
        Assert.Contains("Zweites Gespräch", await ifk.GetStringAsync("/api/workflows/intake-check/versions/2"));

        var listed = Assert.Single(await ReadArrayAsync(await ifk.GetAsync("/api/workflows")))!;
        Assert.Equal(2, listed["latestVersion"]!.GetValue<int>());
        Assert.Null(listed["draft"]);
        Assert.Equal([1, 2], listed["versions"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal("owner.process", Str(listed["versions"]![0]!.AsObject(), "publishedBy"));
    }

    [Fact]
    public async Task A_new_upload_replaces_the_draft_of_its_key_and_every_upload_and_publish_is_journaled()
    {
        var owner = await app.SignInAsync("owner.process");
        await UploadAsync(owner, Valid());
        await UploadAsync(owner, Valid(taskName: "Geändert"));

        Assert.Contains("Geändert", await owner.GetStringAsync("/api/workflows/intake-check/draft"));
        var listed = Assert.Single(await ReadArrayAsync(await owner.GetAsync("/api/workflows")))!;
        Assert.Equal("owner.process", Str(listed["draft"]!.AsObject(), "createdBy"));
        Assert.Empty(listed["versions"]!.AsArray());
        await PublishOkAsync(owner, "intake-check");

        var (definitions, journal) = await app.InDatabaseAsync(async db => (
            await db.WorkflowDefinitions.ToListAsync(),
            await db.Journal.Where(j => j.SubjectType == "workflow").OrderBy(j => j.At).ThenBy(j => j.Action == "publish").ToListAsync()));
        var definition = Assert.Single(definitions);
        Assert.Equal((1, "Published"), (definition.Version, definition.Status.ToString()));
        Assert.Equal(["upload", "upload", "publish"], journal.Select(j => j.Action));
        Assert.All(journal, j => Assert.Equal((definition.Id, "owner.process"), (j.SubjectId, j.Actor)));
    }

    [Fact]
    public async Task Validate_checks_like_an_upload_but_stores_nothing()
    {
        var owner = await app.SignInAsync("owner.process");

        var invalid = await ReadAsync(await owner.PostAsync("/api/workflows/validate", Xml(FlowToNowhere)));
        var valid = await ReadAsync(await owner.PostAsync("/api/workflows/validate", Xml(Valid())));

        Assert.False(invalid["valid"]!.GetValue<bool>());
        Assert.Contains(invalid["problems"]!.AsArray(), p => p!["elementId"]?.GetValue<string>() == "Flow_3");
        Assert.True(valid["valid"]!.GetValue<bool>());
        Assert.Equal("intake-check", Str(valid, "key"));
        Assert.Empty(valid["problems"]!.AsArray());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.WorkflowDefinitions.CountAsync()));
    }

    [Fact]
    public async Task Validate_is_for_process_owners_only()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.PostAsync("/api/workflows/validate", Xml(Valid()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Keine Berechtigung (forbidden)", Str(await ReadAsync(response), "title"));
    }

    [Fact]
    public async Task Swagger_shows_the_workflow_routes_with_their_xml_body()
    {
        var document = await ReadAsync(await app.CreateClient().GetAsync("/swagger/v1/swagger.json"));

        var paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/api/workflows/{key}/versions/{version}"]);
        Assert.NotNull(paths["/api/workflows/{key}/publish"]);
        Assert.NotNull(paths["/api/workflows/validate"]!["post"]!["requestBody"]!["content"]!["application/xml"]);
        Assert.NotNull(paths["/api/workflows"]!["post"]!["requestBody"]!["content"]!["text/xml"]);
    }

    private static async Task<JsonObject> PublishOkAsync(HttpClient client, string key)
    {
        var response = await client.PostAsync($"/api/workflows/{key}/publish", null);
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"publish: {(int)response.StatusCode} {json}");
        Assert.Equal(key, Str(json, "key"));
        return json;
    }

    private static string? Str(JsonObject json, string name) => json[name]?.GetValue<string>();
}
