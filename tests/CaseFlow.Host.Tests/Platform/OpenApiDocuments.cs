using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>The two Swagger documents of a test app (<c>v1</c>: every route, <c>provider</c>: the Träger API) and their operations.</summary>
internal static class OpenApiDocuments
{
    public static readonly string[] Names = ["v1", "provider"];

    public static async Task<string> TextAsync(CaseFlowApp app, string name)
    {
        var response = await app.CreateClient().GetAsync($"/swagger/{name}/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<JsonObject> DocumentAsync(CaseFlowApp app, string name)
    {
        var response = await app.CreateClient().GetAsync($"/swagger/{name}/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    /// <summary>Each operation with its path and HTTP method (lower case, as in the document).</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> OperationsOf(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(verb => verb.Value is JsonObject { } operation && operation.ContainsKey("responses"))
            .Select(verb => (path.Key, verb.Key, verb.Value!.AsObject())));

    public static IEnumerable<string> SchemesOf(JsonObject operation) =>
        operation["security"]?.AsArray().SelectMany(requirement => requirement!.AsObject().Select(s => s.Key)) ?? [];
}
