using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Customers;

public sealed class CustomerProfileCatalogueTests : AppTest
{
    [Fact]
    public async Task The_catalogue_offers_the_influenceable_obstacles_per_key_group_and_the_never_influenceable_facts()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var catalogue = await ReadAsync(await ifk.GetAsync("/api/customers/profile-catalogue"));

        var groups = catalogue["keyGroups"]!.AsArray();
        Assert.Equal(["Rahmenbedingungen", "Leistungsfähigkeit"], groups.Select(g => g!["keyGroup"]!.GetValue<string>()));
        Assert.Equal(10, groups.Sum(g => g!["obstacles"]!.AsArray().Count));
        Assert.Contains("Schuldenabbau", groups[0]!["obstacles"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Contains("Alter", catalogue["neverInfluenceable"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Contains("EP", catalogue["profiles"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Alter")]
    [InlineData("Nationalität")]
    [InlineData("nationalitaet")]
    [InlineData("Geschlecht")]
    [InlineData("Langzeitarbeitslosigkeit")]
    [InlineData("Dauer der Arbeitslosigkeit")]
    [InlineData("fehlende Mobilität (bedingt)")]
    public async Task A_never_influenceable_fact_marked_influenceable_is_400_naming_the_item(string fact)
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var id = await CreateCustomerAsync(ifk);
        var needs = ThreeInfluenceableNeeds.Append(new { keyGroup = "Rahmenbedingungen", need = fact, influenceable = true }).ToArray();

        var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "EP", actionNeeds = needs, integrationWithoutFmUnlikely = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Equal("actionNeeds[3].influenceable", problem["field"]!.GetValue<string>());
        Assert.Contains(fact, problem["detail"]!.GetValue<string>());
        Assert.Null((await ReadAsync(await ifk.GetAsync($"/api/customers/{id}")))["profile"]);
    }

    [Fact]
    public async Task A_never_influenceable_fact_may_be_recorded_as_not_influenceable()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var id = await CreateCustomerAsync(ifk);
        var needs = ThreeInfluenceableNeeds.Append(new { keyGroup = "Rahmenbedingungen", need = "Alter", influenceable = false }).ToArray();

        var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "EP", actionNeeds = needs, integrationWithoutFmUnlikely = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await ReadAsync(response))["actionNeeds"]!.AsArray().Count);
    }
}
