using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The customer search (folded prefix ranges, access in the query) and the 409 under a race on a real PostgreSQL server.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlCustomerTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlCustomerTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task A_folded_name_prefix_finds_only_the_callers_customers_on_postgresql()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        var braun = await app.SignInAsync("ifk.braun");
        var family = $"Grüßmann{Guid.NewGuid():N}"[..16].Replace('0', 'o');
        await CreateCustomerAsync(meyer, givenName: "Anna", familyName: family);
        await CreateCustomerAsync(meyer, givenName: "Jörg", familyName: family);
        await CreateCustomerAsync(braun, givenName: "Paul", familyName: family);
        var folded = family.Replace("ü", "ue").Replace("ß", "ss");

        var response = await meyer.GetAsync($"/api/customers?q={Uri.EscapeDataString(folded.ToUpperInvariant())}&pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("Anna", (await ReadArrayAsync(response)).Single()!["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_number_give_one_201_and_409s_on_postgresql()
    {
        var number = NewCustomerNumber('P');
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SignInAsync("ifk.meyer")));

        var responses = await Task.WhenAll(clients.Select(client =>
            client.PostAsJsonAsync("/api/customers", new { customerNumber = number, givenName = "Erika", familyName = "Mustermann", birthDate = "1990-04-12" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    public void Dispose() => app.Dispose();
}
