using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Texts;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Platform;

public sealed class RequestBodyLimitTests : AppTest
{
    private const int OverStaffLimit = 70_000;

    [Fact]
    public async Task An_oversized_case_action_is_refused_with_413_and_changes_nothing()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var journalBefore = await app.InDatabaseAsync(db => db.Journal.CountAsync());

        var response = await ActAsync(ifk, caseId, "refer", new { note = new string('x', OverStaffLimit), data = new { consent = true } });
        var problem = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Anfrage zu groß (payload too large)", problem["title"]!.GetValue<string>());
        Assert.Contains("64 KB", problem["detail"]!.GetValue<string>());
        Assert.Equal(64 * 1024, problem["maxBodyBytes"]!.GetValue<long>());
        Assert.Equal("Draft", (await GetCaseAsync(ifk, caseId))["state"]!.GetValue<string>());
        Assert.Equal(journalBefore, await app.InDatabaseAsync(db => db.Journal.CountAsync()));
    }

    [Fact]
    public async Task An_oversized_customer_is_refused_with_413_and_not_registered()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customersBefore = await app.InDatabaseAsync(db => db.Customers.CountAsync());

        var response = await ifk.PostAsJsonAsync("/api/customers", new
        {
            customerNumber = new string('1', OverStaffLimit),
            birthDate = "1990-04-12",
            severelyDisabled = false,
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(customersBefore, await app.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task A_body_within_the_limit_passes()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

        var json = await ActOkAsync(ifk, caseId, "refer", new { note = new string('x', TextLimits.Note), data = new { consent = true } });

        Assert.Equal("Referred", json["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Kestrel_stops_an_oversized_chunked_body_that_declares_no_length()
    {
        app.UseKestrel(0);
        var ifk = await app.SignInAsync("ifk.meyer");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        var body = Json(new { note = new string('x', OverStaffLimit), data = new { consent = true } });
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/actions/refer") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await ifk.SendAsync(request);

        var problem = await ReadAsync(response);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Anfrage zu groß (payload too large)", problem["title"]!.GetValue<string>());
        Assert.Equal("Draft", (await GetCaseAsync(ifk, caseId))["state"]!.GetValue<string>());
    }
}
