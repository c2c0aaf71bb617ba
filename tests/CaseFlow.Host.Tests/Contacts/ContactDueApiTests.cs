using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>The customer's maintained contact due date follows profile, unemployed status, counting contacts and suspensions.</summary>
public sealed class ContactDueApiTests : AppTest
{
    private static string? DueOf(JsonObject customer) => customer["nextContactDue"]?.GetValue<string>();

    private static async Task<JsonObject> ProfileAsync(HttpClient ifk, Guid customerId, string profile, bool? unemployed = null)
    {
        var response = await ifk.PutAsJsonAsync(
            $"/api/customers/{customerId}/profile", new { profile, actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = false, unemployed });
        var json = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"profile: {(int)response.StatusCode} {json}");
        return json;
    }

    [Fact]
    public async Task The_due_date_starts_with_the_profile_and_follows_profile_and_unemployed_status()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        Assert.Null(DueOf(await CustomerAsync(ifk, customerId)));

        var profiled = await ProfileAsync(ifk, customerId, "EP");
        Assert.Equal("2027-01-11", DueOf(profiled));
        Assert.Equal("Ue25/unemployed/EP", profiled["contactRuleCell"]!.GetValue<string>());
        Assert.True(profiled["unemployed"]!.GetValue<bool>());

        var changed = await ProfileAsync(ifk, customerId, "SP", unemployed: false);
        Assert.Equal("2027-03-02", DueOf(changed));
        Assert.Equal("Ue25/notUnemployed/SP", changed["contactRuleCell"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_counting_contact_restarts_the_interval_and_one_that_does_not_count_leaves_it()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        await ProfileAsync(ifk, customerId, "EP");

        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddDays(-1), "allgemeinerVermerk", "letter");
        Assert.Equal("2027-01-11", DueOf(await CustomerAsync(ifk, customerId)));

        await RecordOkAsync(ifk, customerId, app.Clock.GetUtcNow().AddDays(-1));
        Assert.Equal("2027-01-10", DueOf(await CustomerAsync(ifk, customerId)));
    }

    [Fact]
    public async Task An_open_ended_suspension_clears_the_due_date_and_ending_it_moves_the_due_date_past_it()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        await ProfileAsync(ifk, customerId, "EP");
        var route = $"/api/customers/{customerId}/contact-suspensions";

        var recorded = await ReadAsync(await ifk.PostAsJsonAsync(route, new { kind = "FullTimeMeasure", from = "2026-11-02", reason = "Vollzeit-Umschulung" }));
        Assert.Null(DueOf(await CustomerAsync(ifk, customerId)));

        var end = await ifk.PostAsJsonAsync($"{route}/{recorded["id"]}/end", new { to = "2027-02-28", reason = "Umschulung endet" });
        Assert.True(end.IsSuccessStatusCode, $"end: {(int)end.StatusCode} {await end.Content.ReadAsStringAsync()}");
        Assert.Equal("2027-03-01", DueOf(await CustomerAsync(ifk, customerId)));
    }
}
