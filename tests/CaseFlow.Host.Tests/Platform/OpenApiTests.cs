using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Platform.OpenApiDocuments;

namespace CaseFlow.Host.Tests.Platform;

public sealed class OpenApiTests : AppTest
{
    private static readonly string[] StaffPaths =
    [
        "/api/auth/dev-login", "/api/auth/me",
        "/api/cases", "/api/cases/{id}", "/api/cases/{id}/actions/{action}", "/api/cases/{id}/history", "/api/cases/{id}/diagram",
        "/api/cases/{id}/instances",
        "/api/customers", "/api/customers/{id}", "/api/customers/{id}/profile",
        "/api/notifications", "/api/notifications/{id}/read",
        "/api/tasks", "/api/tasks/{id}", "/api/tasks/{id}/claim", "/api/tasks/{id}/unclaim", "/api/tasks/{id}/complete",
        "/api/workflows", "/api/workflows/validate", "/api/workflows/{key}/publish", "/api/workflows/{key}/versions/{version}",
        "/api/workflows/{key}/draft", "/api/workflows/{key}/instances",
        "/api/instances/{id}", "/api/instances/{id}/incidents/{incidentId}/retry",
        "/api/auth/config", "/api/auth/dev-users", "/api/lifecycles", "/api/lifecycles/{kind}", "/api/vocabulary", "/api/customers/{id}/cases", "/api/referrals",
    ];

    [Fact]
    public async Task The_staff_document_stays_at_v1_and_still_describes_every_route()
    {
        var document = await DocumentAsync("v1");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.All(StaffPaths, path => Assert.Contains(path, paths));
        Assert.Equal("CaseFlow API", document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_operations_ask_for_the_bearer_token_and_anonymous_ones_explicitly_for_nothing()
    {
        var document = await DocumentAsync("v1");

        Assert.Null(document["security"]);
        var operations = OperationsOf(document).ToList();
        string[] anonymous = ["/api/auth/dev-login", "/api/auth/config", "/api/auth/dev-users"];
        Assert.All(anonymous, path => Assert.Empty(Assert.Single(operations, o => o.Path == path).Operation["security"]!.AsArray()));
        Assert.DoesNotContain(operations, o => o.Path.StartsWith("/health", StringComparison.Ordinal) && SchemesOf(o.Operation).Any());
        Assert.All(operations.Where(o => !anonymous.Contains(o.Path) && !o.Path.StartsWith("/api/provider/", StringComparison.Ordinal)), o =>
        {
            Assert.Equal(["bearer"], SchemesOf(o.Operation));
            Assert.NotNull(o.Operation["responses"]!["401"]);
        });
    }

    [Fact]
    public async Task The_provider_document_offers_only_the_api_key_in_the_header()
    {
        var document = await DocumentAsync("provider");

        Assert.Equal("CaseFlow Provider API (Träger)", document["info"]!["title"]!.GetValue<string>());
        Assert.Contains("docs/provider-integration.md", document["info"]!["description"]!.GetValue<string>());
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal(["apiKey"], schemes.Select(s => s.Key));
        Assert.Equal("apiKey", schemes["apiKey"]!["type"]!.GetValue<string>());
        Assert.Equal("header", schemes["apiKey"]!["in"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", schemes["apiKey"]!["name"]!.GetValue<string>());
        Assert.All(OperationsOf(document), o => Assert.StartsWith("/api/provider/", o.Path, StringComparison.Ordinal));
        Assert.Null(document["security"]);
    }

    [Fact]
    public async Task The_staff_document_declares_both_schemes_for_the_provider_routes_it_also_lists()
    {
        var schemes = (await DocumentAsync("v1"))["components"]!["securitySchemes"]!.AsObject();

        Assert.Equal("http", schemes["bearer"]!["type"]!.GetValue<string>());
        Assert.Equal("apiKey", schemes["apiKey"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Swagger_ui_lists_the_staff_document_first_then_the_provider_document()
    {
        var script = await app.CreateClient().GetStringAsync("/swagger/index.js");

        var staff = script.IndexOf("/swagger/v1/swagger.json", StringComparison.Ordinal);
        var provider = script.IndexOf("/swagger/provider/swagger.json", StringComparison.Ordinal);
        Assert.True(staff >= 0 && provider > staff, script);
    }

    [Fact]
    public async Task Writes_with_a_body_limit_document_413()
    {
        var document = await DocumentAsync("v1");

        Assert.NotNull(document["paths"]!["/api/cases/{id}/actions/{action}"]!["post"]!["responses"]!["413"]);
        Assert.NotNull(document["paths"]!["/api/customers"]!["post"]!["responses"]!["413"]);
        Assert.Null(document["paths"]!["/api/cases/{id}"]!["get"]!["responses"]!["413"]);
    }

    [Fact]
    public async Task The_provider_document_describes_exactly_the_provider_routes_with_key_401_and_429()
    {
        var document = await DocumentAsync("provider");
        var staff = await DocumentAsync("v1");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(
            ["/api/provider/handovers", "/api/provider/handovers/{id}", "/api/provider/handovers/{id}/confirm",
                "/api/provider/handovers/{id}/decline", "/api/provider/handovers/{id}/reports", "/api/provider/me"],
            paths.Order(StringComparer.Ordinal));
        Assert.All(OperationsOf(document), o =>
        {
            Assert.Equal(["apiKey"], SchemesOf(o.Operation));
            Assert.NotNull(o.Operation["responses"]!["401"]);
            Assert.NotNull(o.Operation["responses"]!["429"]!["headers"]!["Retry-After"]);
        });
        Assert.All(paths, path => Assert.Equal(["apiKey"], SchemesOf(staff["paths"]![path]!.AsObject().First().Value!.AsObject())));
        Assert.Equal(["bearer"], SchemesOf(staff["paths"]!["/api/providers"]!["post"]!.AsObject()));
        Assert.NotNull(document["paths"]!["/api/provider/handovers/{id}/reports"]!["post"]!["responses"]!["413"]);
        Assert.NotNull(document["paths"]!["/api/provider/handovers/{id}/decline"]!["post"]!["responses"]!["413"]);
    }

    [Theory]
    [InlineData("HandoverView", "state", "active")]
    [InlineData("DeclineRequest", "reason", null)]
    [InlineData("ReportRequest", "attendance", "regular")]
    [InlineData("ReportReceipt", "reportCount", null)]
    public async Task The_provider_types_carry_an_example(string schema, string field, string? value)
    {
        var document = await DocumentAsync("provider");

        var example = Assert.IsAssignableFrom<JsonObject>(document["components"]!["schemas"]![schema]!["example"]);
        Assert.NotNull(example[field]);
        if (value is not null)
        {
            Assert.Equal(value, example[field]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_provider_answers_mark_what_is_always_sent_as_required_so_generated_types_are_not_all_optional()
    {
        var schemas = (await DocumentAsync("provider"))["components"]!["schemas"]!;

        string[] RequiredOf(string schema) => schemas[schema]!["required"]?.AsArray().Select(r => r!.GetValue<string>()).Order().ToArray() ?? [];
        Assert.Equal(
            ["consentRecorded", "customer", "id", "reportCount", "reportIntervalDays", "sharedFields", "state"],
            RequiredOf("HandoverView"));
        Assert.Equal(["handoverId", "receivedAt", "reportCount"], RequiredOf("ReportReceipt"));
        Assert.True(schemas["HandoverView"]!["properties"]!["confirmedAt"]!["nullable"]!.GetValue<bool>());
    }

    private Task<JsonObject> DocumentAsync(string name) => OpenApiDocuments.DocumentAsync(app, name);
}
