using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Platform;

public sealed class HealthAndSwaggerTests : AppTest
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_names_the_database_and_the_message_transport()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");
        var report = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        Assert.Equal(
            [("database", "Healthy"), ("transport", "Healthy")],
            report["checks"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), c["status"]!.GetValue<string>())).Order());
    }

    [Fact]
    public async Task The_openapi_document_declares_the_bearer_scheme_and_the_contract_paths()
    {
        var document = await ReadAsync(await app.CreateClient().GetAsync("/swagger/v1/swagger.json"));

        var scheme = document["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/cases/{id}/actions/{action}", paths);
        Assert.Contains("/api/cases/{id}/history", paths);
        Assert.Contains("/api/cases/{id}/diagram", paths);
        Assert.Contains("/api/customers/{id}/profile", paths);
        Assert.Contains("/api/auth/dev-login", paths);
    }
}
