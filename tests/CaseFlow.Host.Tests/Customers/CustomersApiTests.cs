using System.Net;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Customers;

public sealed class CustomersApiTests : AppTest
{
    private Task<(int Customers, int Journal)> CountsAsync() =>
        app.InDatabaseAsync(async db => (await db.Customers.CountAsync(), await db.Journal.CountAsync(j => j.SubjectType == "customer")));

    [Fact]
    public async Task An_ifk_registers_a_customer_and_becomes_responsible_caseworker()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.PostAsJsonAsync("/api/customers", new { customerNumber = "123D456789", givenName = "Erika", familyName = "Mustermann", birthDate = "1999-01-31", rehabilitant = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal($"/api/customers/{body["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("ifk.meyer", body["responsibleCaseworker"]!.GetValue<string>());
        Assert.True(body["rehabilitant"]!.GetValue<bool>());
        Assert.Equal((1, 1), await CountsAsync());
    }

    [Fact]
    public async Task An_fm_cannot_register_customers()
    {
        var fm = await app.SignInAsync("fm.schulz");

        var response = await fm.PostAsJsonAsync("/api/customers", new { customerNumber = "123D456789", givenName = "Erika", familyName = "Mustermann", birthDate = "1999-01-31" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_customer_number_is_registered_only_once()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        await ifk.PostAsJsonAsync("/api/customers", new { customerNumber = "123D456789", givenName = "Erika", familyName = "Mustermann", birthDate = "1999-01-31" });

        var response = await ifk.PostAsJsonAsync("/api/customers", new { customerNumber = "123d456789", givenName = "Max", familyName = "Mustermann", birthDate = "1980-01-31" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal((1, 1), await CountsAsync());
    }

    [Theory]
    [InlineData("""{"givenName":"Erika","familyName":"Mustermann","birthDate":"1999-01-31"}""", "customerNumber")]
    [InlineData("""{"customerNumber":"123D456789","givenName":"Erika","familyName":"Mustermann","birthDate":"31.01.1999"}""", "birthDate")]
    [InlineData("""{"customerNumber":"123D456789","givenName":"Erika","familyName":"Mustermann","birthDate":"2999-01-31"}""", "birthDate")]
    [InlineData("""{"customerNumber":"123D456789","givenName":"Erika","familyName":"Mustermann","birthDate":"1899-12-31"}""", "birthDate")]
    [InlineData("""{"customerNumber":"123D456789","familyName":"Mustermann","birthDate":"1999-01-31"}""", "givenName")]
    [InlineData("""{"customerNumber":"123D456789","givenName":"Erika","familyName":"  ","birthDate":"1999-01-31"}""", "familyName")]
    [InlineData("kein JSON", "body")]
    public async Task Invalid_input_answers_400_naming_the_field_and_saves_nothing(string json, string field)
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.PostAsync("/api/customers", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task An_unknown_profile_value_answers_400_naming_the_field()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var id = await CreateCustomerAsync(ifk);

        var response = await ifk.PutAsync(
            $"/api/customers/{id}/profile",
            new StringContent("""{"profile":"XP","actionNeeds":[],"integrationWithoutFmUnlikely":true}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("profile", (await ReadAsync(response))["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_ifk_can_neither_read_nor_profile_the_customer()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        var braun = await app.SignInAsync("ifk.braun");
        var id = await CreateCustomerAsync(meyer);

        var read = await braun.GetAsync($"/api/customers/{id}");
        var profile = await braun.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "EP", actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = true });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
        Assert.Null((await ReadAsync(await meyer.GetAsync($"/api/customers/{id}")))["profile"]);
    }

    [Fact]
    public async Task A_profile_update_with_a_stale_version_is_a_conflict()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var id = await CreateEligibleCustomerAsync(ifk);

        var response = await ifk.PutAsJsonAsync($"/api/customers/{id}/profile", new { profile = "SP", actionNeeds = ThreeInfluenceableNeeds, integrationWithoutFmUnlikely = true, version = 0 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("EP", (await ReadAsync(await ifk.GetAsync($"/api/customers/{id}")))["profile"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_customer_is_404()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        Assert.Equal(HttpStatusCode.NotFound, (await ifk.GetAsync($"/api/customers/{Guid.NewGuid()}")).StatusCode);
    }
}
