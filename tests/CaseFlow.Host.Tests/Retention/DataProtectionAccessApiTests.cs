using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>The retention, legal-hold and export routes are the data protection officer's: 403 for every other role, 401 anonymous.</summary>
public sealed class DataProtectionAccessApiTests : AppTest
{
    [Fact]
    public async Task Every_other_role_is_refused_with_403_anonymous_callers_with_401_and_nothing_changes()
    {
        var (caseId, customerId) = await ExitedBfmCaseAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(6 * 366));
        var dsb = await app.SignInAsync("dsb.weber");
        var holdId = await SetHoldAsync(dsb, customerId);
        var journal = await app.InDatabaseAsync(db => db.Journal.CountAsync());
        Func<HttpClient, Task<HttpResponseMessage>>[] calls =
        [
            c => c.GetAsync("/api/retention/report"),
            c => c.GetAsync("/api/retention/runs"),
            c => c.PostAsync("/api/retention/runs", null),
            c => c.GetAsync("/api/legal-holds"),
            c => c.GetAsync($"/api/customers/{customerId}/legal-holds"),
            c => c.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds", new { reason = "Klage" }),
            c => c.PostAsJsonAsync($"/api/customers/{customerId}/legal-holds/{holdId}/lift", new { reason = "erledigt" }),
            c => c.GetAsync($"/api/customers/{customerId}/export"),
            c => c.GetAsync("/api/data-protection/customers?customerNumber=K1"),
        ];

        foreach (var user in new[] { "ifk.meyer", "fm.schulz", "fm.lead", "pap.hoff", "owner.process" })
        {
            var client = await app.SignInAsync(user);
            foreach (var call in calls)
            {
                var response = await call(client);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {response.RequestMessage!.Method} {response.RequestMessage.RequestUri} -> {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            }
        }

        var anonymous = app.CreateClient();
        foreach (var call in calls)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await call(anonymous)).StatusCode);
        }

        Assert.Equal(journal, await app.InDatabaseAsync(db => db.Journal.CountAsync()));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.RetentionRuns.CountAsync()));
        Assert.False(await IsAnonymisedAsync(app, caseId));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.LegalHolds.CountAsync(h => h.LiftedAt == null)));
    }
}
