using System.Net;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Texts;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Security;

/// <summary>The hostile inputs of issue 16: absurd durations, foreign charsets, invisible-only and overlong texts.</summary>
public sealed class HostileInputTests : AppTest
{
    [Fact]
    public async Task A_timer_of_9999_years_is_refused_at_upload_and_validate_with_the_documented_maximum()
    {
        var owner = await app.SignInAsync("owner.process");
        var absurd = Valid().Replace("cf:dueIn=\"P5D\"", "cf:dueIn=\"P9999Y\"", StringComparison.Ordinal);
        var definitions = await app.InDatabaseAsync(db => db.WorkflowDefinitions.CountAsync());

        var uploaded = await owner.PostAsync("/api/workflows", Xml(absurd));
        var validated = await ReadAsync(await owner.PostAsync("/api/workflows/validate", Xml(absurd)));

        Assert.Equal(HttpStatusCode.BadRequest, uploaded.StatusCode);
        var problem = (await ReadAsync(uploaded))["problems"]![0]!;
        Assert.Equal("Task_Talk", problem["elementId"]!.GetValue<string>());
        Assert.Contains("(duration too long): höchstens 10 Jahre (P10Y)", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(validated["valid"]!.GetValue<bool>());
        Assert.Equal(definitions, await app.InDatabaseAsync(db => db.WorkflowDefinitions.CountAsync()));
    }

    [Fact]
    public async Task A_656_kb_deeply_nested_file_is_refused_by_the_streaming_depth_check()
    {
        var owner = await app.SignInAsync("owner.process");
        var deep = new StringBuilder();
        for (var level = 0; level < 20_000; level++)
        {
            deep.Append($"<bpmn:lane id=\"L{level}\">");
        }

        var xml = Valid().Replace("<bpmn:startEvent id=\"Start\" />", $"<bpmn:laneSet id=\"S\">{deep}", StringComparison.Ordinal);

        var validated = await ReadAsync(await owner.PostAsync("/api/workflows/validate", Xml(xml)));

        Assert.InRange(Encoding.UTF8.GetByteCount(xml), 300_000, BpmnLimit);
        Assert.False(validated["valid"]!.GetValue<bool>());
        Assert.Equal("Die Datei ist tiefer als 100 Ebenen verschachtelt (nesting too deep).", validated["problems"]![0]!["message"]!.GetValue<string>());
    }

    private const int BpmnLimit = 2 * 1024 * 1024;

    [Theory]
    [InlineData("application/json; charset=utf-7")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_json_body_in_another_charset_than_utf8_is_415_in_german(string contentType)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var body = new StringContent("{\"customerNumber\":\"123K456789\",\"givenName\":\"+AGQ-\",\"familyName\":\"X\",\"birthDate\":\"1990-01-01\"}");
        body.Headers.Remove("Content-Type");
        body.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await ifk.PostAsync("/api/customers", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Falscher Inhaltstyp (unsupported media type)", (await ReadAsync(response))["title"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Theory]
    [InlineData("application/xml; charset=utf-7", "UTF-8")]
    [InlineData("application/xml", "UTF-7")]
    [InlineData("text/xml; charset=utf-8", "ISO-8859-1")]
    public async Task A_bpmn_file_in_another_charset_or_declared_encoding_is_415(string contentType, string declared)
    {
        var owner = await app.SignInAsync("owner.process");
        var xml = Valid().Replace("encoding=\"UTF-8\"", $"encoding=\"{declared}\"", StringComparison.Ordinal);
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        body.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await owner.PostAsync("/api/workflows", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("(unsupported", (await ReadAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_width_justification_does_not_replace_the_bfm_access_criteria()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);
        var caseId = await CreateBfmCaseAsync(ifk, customer);

        var response = await ActAsync(
            ifk, caseId, "refer", new { data = new { consent = true, exceptionJustification = "\u200B\u200D\u2060\u00AD " } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("complexProfile", GuardsOf(await ReadAsync(response)));
        Assert.NotEqual("Referred", (await GetCaseAsync(ifk, caseId))["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"x\\udc00\"")]
    public async Task A_lone_surrogate_in_action_data_is_400_naming_the_field(string raw)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateCustomerAsync(ifk));
        var body = new StringContent($"{{\"data\":{{\"consent\":true,\"exceptionJustification\":{raw}}}}}", Encoding.UTF8, "application/json");

        var response = await ifk.PostAsync($"/api/cases/{caseId}/actions/refer", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("data.exceptionJustification", (await ReadAsync(response))["field"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/customers", "familyName", TextLimits.Name)]
    [InlineData("/api/customers", "givenName", TextLimits.Name)]
    public async Task A_text_over_its_documented_limit_is_400_naming_field_and_limit(string route, string field, int limit)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var body = new Dictionary<string, object?>
        {
            ["customerNumber"] = NewCustomerNumber(),
            ["givenName"] = "Erika",
            ["familyName"] = "Mustermann",
            ["birthDate"] = "1990-04-12",
            [field] = new string('x', 60_000 / 4),
        };

        var response = await ifk.PostAsJsonAsync(route, body);
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Contains($"höchstens {limit} Zeichen", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task A_case_action_note_of_60000_characters_is_refused_and_nothing_is_journaled()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customer = await CreateCustomerAsync(ifk);
        var caseId = await CreateBfmCaseAsync(ifk, customer);
        var journal = await app.InDatabaseAsync(db => db.Journal.CountAsync());

        var response = await ActAsync(ifk, caseId, "waive", new { reason = "Umzug", note = new string('n', 60_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("note", (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal(journal, await app.InDatabaseAsync(db => db.Journal.CountAsync()));
    }
}
