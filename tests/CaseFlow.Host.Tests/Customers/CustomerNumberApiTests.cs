using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Customers;

public sealed class CustomerNumberApiTests : AppTest
{
    private async Task<HttpResponseMessage> RegisterAsync(HttpClient ifk, string customerNumber, string givenName = "Erika", string familyName = "Mustermann") =>
        await ifk.PostAsJsonAsync("/api/customers", new { customerNumber, givenName, familyName, birthDate = "1990-04-12" });

    [Theory]
    [InlineData("123D456789")]
    [InlineData("  123d456789\t")]
    [InlineData("123 D 456789")]
    [InlineData("123-d-456789")]
    [InlineData("123d 456789")]
    public async Task A_kundennummer_is_stored_in_the_canonical_form(string typed)
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await RegisterAsync(ifk, typed);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("123D456789", (await ReadAsync(response))["customerNumber"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("123D45678")]
    [InlineData("12D3456789")]
    [InlineData("1234456789")]
    [InlineData("123DD56789")]
    [InlineData("123Ä456789")]
    [InlineData("123D456789X")]
    [InlineData("123  D456789")]
    [InlineData("１２３D456789")]
    [InlineData("123\u0000D456789")]
    [InlineData("123D\u200B456789")]
    [InlineData("\u202E123D456789")]
    [InlineData("123D456789\u2066")]
    [InlineData("\uFEFF123D456789")]
    public async Task A_kundennummer_outside_the_ba_format_or_with_hidden_characters_is_400_naming_the_field(string typed)
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await RegisterAsync(ifk, typed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Equal("customerNumber", problem["field"]!.GetValue<string>());
        Assert.Contains("(bad request)", problem["title"]!.GetValue<string>());
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Theory]
    [InlineData("Erika\u200D", "givenName")]
    [InlineData("\u202EErika", "givenName")]
    [InlineData("Er\u0007ika", "givenName")]
    [InlineData("1234", "givenName")]
    public async Task A_name_with_hidden_characters_or_without_letters_is_400_naming_the_field(string givenName, string field)
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await RegisterAsync(ifk, "123D456789", givenName: givenName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await ReadAsync(response))["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Names_are_stored_in_nfc_and_trimmed()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await RegisterAsync(ifk, "123D456789", givenName: " Zoe\u0308 ", familyName: "Mu\u0308ller ");

        var body = await ReadAsync(response);
        Assert.Equal("Zoë", body["givenName"]!.GetValue<string>());
        Assert.Equal("Müller", body["familyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_number_taken_in_another_spelling_is_409()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(ifk, "123D456789")).StatusCode);

        var response = await RegisterAsync(ifk, "123-d-456789", givenName: "Max");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("(conflict)", (await ReadAsync(response))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_number_give_one_201_and_409s_never_500()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.SignInAsync("ifk.meyer")));

        var responses = await Task.WhenAll(clients.Select((client, index) => RegisterAsync(client, "987K654321", givenName: $"Person{(char)('a' + index)}")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Customers.CountAsync()));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Journal.CountAsync(j => j.SubjectType == "customer")));
    }
}
