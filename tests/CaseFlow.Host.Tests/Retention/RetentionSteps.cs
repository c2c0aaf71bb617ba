using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>Closed cases, legal holds, runs and the aggregates the retention tests share.</summary>
internal static class RetentionSteps
{
    /// <summary>A bFM case driven to Steering with plan texts, then exited by fm.schulz with a closing plan; its customer has no other case.</summary>
    public static async Task<(Guid CaseId, Guid CustomerId)> ExitedBfmCaseAsync(CaseFlowApp app)
    {
        var (caseId, _, fm) = await CaseInSteeringAsync(app);
        await ActOkAsync(fm, caseId, "exit", new { reason = "Integrated", data = new { finalProfile = "I", closingPlan = "Nachbetreuung: Suchtberatung weiter" } });
        return (caseId, await CustomerOfAsync(app, caseId));
    }

    /// <summary>A bFM case the IFK waived in Draft (closed at once).</summary>
    public static async Task<(Guid CaseId, Guid CustomerId)> WaivedBfmCaseAsync(CaseFlowApp app)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var caseId = await CreateBfmCaseAsync(ifk, customerId);
        await ActOkAsync(ifk, caseId, "waive", new { reason = "Arbeitsaufnahme in Aussicht" });
        return (caseId, customerId);
    }

    /// <summary>A referral that ended with a free-text reason; the customer's bFM case stays open.</summary>
    public static async Task<(Guid CaseId, Guid CustomerId)> EndedReferralAsync(CaseFlowApp app)
    {
        var (caseId, fm) = await ReferralCaseAsync(app);
        await ActOkAsync(fm, caseId, "refer", new { data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true } });
        await ActOkAsync(fm, caseId, "provider-confirm");
        await ActOkAsync(fm, caseId, "report", new { data = new { summary = "Gläubigerliste erstellt", attendance = "regular" } });
        await ActOkAsync(fm, caseId, "end", new { reason = "Schulden reguliert" });
        return (caseId, await CustomerOfAsync(app, caseId));
    }

    public static Task<Guid> CustomerOfAsync(CaseFlowApp app, Guid caseId) =>
        app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CustomerId).FirstAsync());

    public static DateOnly Today(CaseFlowApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public static async Task<JsonObject> ReportAsync(HttpClient dsb, DateOnly on)
    {
        var response = await dsb.GetAsync($"/api/retention/report?on={on:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<JsonObject> RunAsync(HttpClient dsb)
    {
        var response = await dsb.PostAsync("/api/retention/runs", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<Guid> SetHoldAsync(HttpClient dsb, Guid customerId, string reason = "Klage vor dem Sozialgericht anhängig")
    {
        var response = await dsb.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds", new { reason });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response))["id"]!.GetValue<Guid>();
    }

    public static Task<bool> IsAnonymisedAsync(CaseFlowApp app, Guid caseId) =>
        app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId)
            .Select(c => EF.Property<DateTime?>(c, Anonymised.MarkColumn) != null).FirstAsync());

    /// <summary>The figures reports compute: cases per kind/state, per exit reason and final profile, durations, contacts counting.</summary>
    public static Task<string> AggregatesAsync(CaseFlowApp app) => app.InDatabaseAsync(async db =>
    {
        var cases = await db.Cases.AsNoTracking().ToListAsync();
        var perKindState = cases.GroupBy(c => $"{c.Kind}/{c.State}").OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");
        var exits = cases.Where(c => c.Bfm?.ExitReason is not null).GroupBy(c => $"{c.Bfm!.ExitReason}/{c.Bfm.FinalProfile}").OrderBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Count()}");
        var days = cases.Sum(c => (c.UpdatedAt - c.CreatedAt).TotalDays);
        var plans = cases.Count(c => c.Bfm?.PlanAgreedAt is not null);
        var reports = cases.Sum(c => c.Referral?.ReportCount ?? 0);
        var contacts = await db.Contacts.CountAsync(c => c.Counts);
        var customers = await db.Customers.GroupBy(c => c.Profile).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return string.Join(";", [.. perKindState, .. exits, $"days={days:F3}", $"plans={plans}", $"reports={reports}", $"contacts={contacts}",
            .. customers.OrderBy(c => c.Key?.ToString()).Select(c => $"profile {c.Key}={c.Count}")]);
    });
}
