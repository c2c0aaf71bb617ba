using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Privacy;

/// <summary>Providers: a health-related need is shared only with its own consent item, never with consent to "actionNeeds"; such reads are audited.</summary>
public sealed class HealthConsentApiTests : AppTest
{
    private static readonly object[] NeedsWithAddiction =
    [
        new { keyGroup = "Rahmenbedingungen", need = "Schuldenabbau", influenceable = true },
        new { keyGroup = "Leistungsfähigkeit", need = "Veränderungen im Suchtverhalten", influenceable = true },
        new { keyGroup = "Leistungsfähigkeit", need = "Tagesstruktur", influenceable = true },
    ];

    [Fact]
    public async Task Consent_to_action_needs_shares_the_others_and_the_addiction_need_only_with_its_own_item()
    {
        var (caseId, fm) = await ReferredToSbNordAsync(app, ["actionNeeds"]);
        var customerId = (await GetCaseAsync(fm, caseId))["customerId"]!.GetValue<Guid>();
        var ifk = await app.SignInAsync("ifk.meyer");
        Assert.Equal(HttpStatusCode.OK, (await ifk.PutAsJsonAsync($"/api/customers/{customerId}/profile", new
        {
            profile = "EP",
            actionNeeds = NeedsWithAddiction,
            integrationWithoutFmUnlikely = true,
        })).StatusCode);
        var nord = WithApiKey(app, SbNordKey);

        var withoutItem = Assert.Single(await OpenHandoversAsync(nord))!;
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var owner = await app.SignInAsync("owner.process");
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync("/api/providers/sb-nord/agreement", new
        {
            sharedFields = new[] { "customerNumber", "targetGroup", "actionNeeds", "addictionNeeds", "caseManager" },
        })).StatusCode);
        await ActOkAsync(fm, caseId, "record-consent", new { reason = "Einwilligung Sucht erteilt", data = new { consentedFields = new[] { "actionNeeds", "addictionNeeds" } } });
        var withItem = Assert.Single(await OpenHandoversAsync(nord))!;

        Assert.Equal(["Schuldenabbau", "Tagesstruktur"], withoutItem["customer"]!["actionNeeds"]!.AsArray().Select(n => n!["need"]!.GetValue<string>()).Order());
        Assert.Contains("Veränderungen im Suchtverhalten", withItem["customer"]!["actionNeeds"]!.AsArray().Select(n => n!["need"]!.GetValue<string>()));
        var audited = await app.InDatabaseAsync(db => db.ReadAudit.Where(r => r.Actor == "provider:sb-nord").OrderBy(r => r.At).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.Equal(("fmFile", "fmFile,healthNeeds"), (audited[0].DataClasses, audited[1].DataClasses));
        Assert.All(audited, row => Assert.Equal((customerId, "Übergabe an Träger (hand-over)"), (row.CustomerId, row.Purpose)));
    }
}
