using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>The background step recomputes due dates when a new contact-density version takes effect, once per version.</summary>
public sealed class ContactDueRefreshTests : AppTest
{
    private Task<int> RefreshAsync() => app.Services.GetRequiredService<ContactDueRefresh>().RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_version_in_force_today_moves_the_due_dates_once_and_fills_missing_ones()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateEligibleCustomerAsync(ifk);
        var other = await CreateEligibleCustomerAsync(ifk);
        await app.InDatabaseAsync(db => db.Customers.Where(c => c.Id == other)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.NextContactDueOn, (DateOnly?)null)));
        await RefreshAsync();
        Assert.Equal("2027-01-11", (await CustomerAsync(ifk, other))["nextContactDue"]!.GetValue<string>());
        var owner = await app.SignInAsync("owner.process");
        var cells = ContactDensityTable.Default.Cells.Select(c => new
        {
            ageGroup = c.AgeGroup.ToString(),
            unemployed = c.Unemployed,
            profile = c.Profile.ToString(),
            rhythm = (c is { AgeGroup: AgeGroup.Ue25, Unemployed: true, Profile: ProfileCode.EP } ? ContactRhythm.Monthly : c.Rhythm).ToString(),
        });
        var put = await owner.PutAsJsonAsync("/api/rules/contact-density", new { cells, effectiveFrom = "2026-11-02", reason = "EP monatlich" });
        Assert.True(put.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"version: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");

        var changed = await RefreshAsync();

        Assert.Equal(2, changed);
        Assert.Equal("2026-12-02", (await CustomerAsync(ifk, customerId))["nextContactDue"]!.GetValue<string>());
        Assert.Equal(0, await RefreshAsync());
    }
}
