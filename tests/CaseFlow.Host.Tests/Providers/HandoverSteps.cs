using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Tests.Providers;

/// <summary>Steps of the provider hand-over routes the tests share: the calls, a referral to sb-nord, "nothing changed".</summary>
internal static class HandoverSteps
{
    public static async Task<JsonArray> OpenHandoversAsync(HttpClient provider)
    {
        var response = await provider.GetAsync("/api/provider/handovers");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient provider, Guid id) =>
        provider.PostAsync($"/api/provider/handovers/{id}/confirm", null);

    public static Task<HttpResponseMessage> DeclineAsync(HttpClient provider, Guid id, string? reason) =>
        provider.PostAsJsonAsync($"/api/provider/handovers/{id}/decline", new { reason });

    public static Task<HttpResponseMessage> ReportAsync(HttpClient provider, Guid id, object? body = null) =>
        provider.PostAsJsonAsync(
            $"/api/provider/handovers/{id}/reports",
            body ?? new { summary = "Erstgespräch geführt, Haushaltsplan begonnen", attendance = "regular", nextSteps = "Gläubigerliste" });

    /// <summary>A referral by fm.schulz to sb-nord through the Cases API, with the consent given.</summary>
    public static async Task<(Guid CaseId, HttpClient Fm)> ReferredToSbNordAsync(CaseFlowApp app, string[] consentedFields)
    {
        var (caseId, fm) = await Infrastructure.Api.ReferralCaseAsync(app);
        await Infrastructure.Api.ActOkAsync(fm, caseId, "refer", new
        {
            data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true, consentedFields },
        });
        return (caseId, fm);
    }

    /// <summary>What a refused call must leave as it was: the case row, the journal, the outbox and the mailbox.</summary>
    public static Task<string> DatabaseStateAsync(CaseFlowApp app, Guid caseId) =>
        app.InDatabaseAsync(async db =>
        {
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
            return System.Text.Json.JsonSerializer.Serialize(new
            {
                @case.State,
                @case.Version,
                @case.Referral,
                Journal = await db.Journal.CountAsync(),
                Outbox = await db.OutboxMessages.CountAsync(),
                Mailbox = await db.WorkflowMessages.CountAsync(),
            });
        });
}
