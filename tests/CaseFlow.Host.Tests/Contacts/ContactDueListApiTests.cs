using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Contacts.ContactSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Contacts;

/// <summary>GET /api/contacts/due: most overdue first, paged with a total, mine versus team, bad scope.</summary>
public sealed class ContactDueListApiTests : AppTest
{
    private static async Task<(JsonArray Items, int Total)> DueAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/contacts/due{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"due{query}: {(int)response.StatusCode} {body}");
        return (JsonNode.Parse(body)!.AsArray(), int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture));
    }

    private async Task<Guid> ProfiledAsync(HttpClient ifk, string familyName, int contactDaysAgo)
    {
        var id = await CreateCustomerAsync(ifk, familyName: familyName);
        var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "MP", actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = false });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await RecordOkAsync(ifk, id, app.Clock.GetUtcNow().AddDays(-contactDaysAgo));
        return id;
    }

    [Fact]
    public async Task The_responsible_ifk_sees_the_most_overdue_customer_first_with_the_rule_cell_in_words()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        await ProfiledAsync(ifk, "Später", contactDaysAgo: 3);
        await ProfiledAsync(ifk, "Überfällig", contactDaysAgo: 45);
        await CreateCustomerAsync(ifk, familyName: "Ohneprofil");

        var (items, total) = await DueAsync(ifk, "?scope=mine&page=1&pageSize=1");

        Assert.Equal(2, total);
        var first = items.Single()!;
        Assert.Equal("Überfällig, Erika", first["name"]!.GetValue<string>());
        Assert.Equal("2026-10-18", first["nextContactDue"]!.GetValue<string>());
        Assert.Equal(15, first["overdueDays"]!.GetValue<int>());
        Assert.Equal("25 und älter (Ü25), arbeitslos, Marktprofil (MP)", first["ruleCellText"]!.GetValue<string>());
        var (second, _) = await DueAsync(ifk, "?scope=mine&page=2&pageSize=1");
        Assert.Equal("Später, Erika", second.Single()!["name"]!.GetValue<string>());
        Assert.Equal(0, second.Single()!["overdueDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task Mine_lists_only_the_callers_own_customers()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        await ProfiledAsync(meyer, "Meyerkunde", contactDaysAgo: 10);

        var other = await app.SignInAsync("ifk.braun");
        var (items, total) = await DueAsync(other, "?scope=mine");

        Assert.Empty(items);
        Assert.Equal(0, total);
    }

    [Fact]
    public async Task An_unknown_scope_is_a_bad_request_naming_the_field()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.GetAsync("/api/contacts/due?scope=all");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("scope", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
