using System.Net;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Customers;

public sealed class CustomerSearchApiTests : AppTest
{
    private static async Task<(List<string> Names, int Total)> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/customers?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = (await ReadArrayAsync(response)).Select(c => $"{c!["givenName"]} {c["familyName"]}").ToList();
        return (names, int.Parse(response.Headers.GetValues("X-Total-Count").Single()));
    }

    [Fact]
    public async Task A_name_prefix_finds_customers_with_case_and_umlauts_folded()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        await CreateCustomerAsync(ifk, givenName: "Anna", familyName: "Müller");
        await CreateCustomerAsync(ifk, givenName: "Jörg", familyName: "Mueller-Groß");
        await CreateCustomerAsync(ifk, givenName: "Paul", familyName: "Mustermann");
        await CreateCustomerAsync(ifk, givenName: "Hans", familyName: "Strauss");

        Assert.Equal(["Anna Müller", "Jörg Mueller-Groß"], (await SearchAsync(ifk, "q=m%C3%BCller")).Names);
        Assert.Equal(["Anna Müller", "Jörg Mueller-Groß"], (await SearchAsync(ifk, "q=MUEL")).Names);
        Assert.Equal(["Jörg Mueller-Groß"], (await SearchAsync(ifk, "q=Mueller-Gross")).Names);
        Assert.Equal(["Hans Strauss"], (await SearchAsync(ifk, "q=strau%C3%9F")).Names);
        Assert.Equal(["Jörg Mueller-Groß"], (await SearchAsync(ifk, "q=joerg")).Names);
        Assert.Equal(["Anna Müller"], (await SearchAsync(ifk, "q=anna%20m")).Names);
        Assert.Equal(["Jörg Mueller-Groß"], (await SearchAsync(ifk, "q=J%C3%B6rg%20Mueller")).Names);
        Assert.Equal(["Anna Müller"], (await SearchAsync(ifk, "q=M%C3%BCller%2C%20Anna")).Names);
        Assert.Empty((await SearchAsync(ifk, "q=ller")).Names);
    }

    [Fact]
    public async Task A_number_prefix_finds_the_customer_in_any_spelling()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        await CreateCustomerAsync(ifk, customerNumber: "123D456789", givenName: "Anna", familyName: "Müller");
        await CreateCustomerAsync(ifk, customerNumber: "124D456789", givenName: "Paul", familyName: "Becker");

        Assert.Equal(["Anna Müller"], (await SearchAsync(ifk, "q=123d")).Names);
        Assert.Equal(["Anna Müller"], (await SearchAsync(ifk, "q=123%20D%20456789")).Names);
        Assert.Equal(2, (await SearchAsync(ifk, "q=12")).Total);
    }

    [Fact]
    public async Task Results_are_paged_by_family_name_with_the_total_in_a_header()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        foreach (var family in new[] { "Schmidt", "Schäfer", "Schulz", "Schneider", "Schwarz" })
        {
            await CreateCustomerAsync(ifk, givenName: "Eva", familyName: family);
        }

        var first = await SearchAsync(ifk, "q=sch&page=1&pageSize=2");
        var third = await SearchAsync(ifk, "q=sch&page=3&pageSize=2");

        Assert.Equal(["Eva Schäfer", "Eva Schmidt"], first.Names);
        Assert.Equal(["Eva Schwarz"], third.Names);
        Assert.Equal((5, 5), (first.Total, third.Total));
        Assert.Equal(HttpStatusCode.BadRequest, (await ifk.GetAsync("/api/customers?q=sch&pageSize=500")).StatusCode);
    }

    [Theory]
    [InlineData("q=%E2%80%AEanna")]
    [InlineData("q=---")]
    [InlineData("q=")]
    [InlineData("page=1")]
    public async Task A_missing_search_text_or_one_with_hidden_characters_or_nothing_to_search_is_400_naming_q(string query)
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.GetAsync($"/api/customers?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("q", (await ReadAsync(response))["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_user_finds_exactly_the_customers_they_may_open()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        await CreateCustomerAsync(meyer, givenName: "Ohne", familyName: "Mustermann-Fall");
        var referred = await CreateEligibleCustomerAsync(meyer);
        await ActOkAsync(meyer, await CreateBfmCaseAsync(meyer, referred), "refer", new { data = new { consent = true } });
        await CaseInSteeringAsync(app);
        await QueuedOutreachCaseAsync(app);
        await ReferralCaseAsync(app);
        await CreateCustomerAsync(await app.SignInAsync("ifk.braun"), givenName: "Nur", familyName: "Mustermann");
        var ids = await app.InDatabaseAsync(db => db.Customers.Select(c => c.Id).ToListAsync());
        var seen = new Dictionary<string, int>();

        foreach (var user in DevelopmentUsers.All)
        {
            var client = await app.SignInAsync(user.UserName);
            var found = (await ReadArrayAsync(await client.GetAsync("/api/customers?q=muster&pageSize=200"))).Select(c => c!["id"]!.GetValue<Guid>()).ToHashSet();
            var readable = new HashSet<Guid>();
            foreach (var id in ids)
            {
                if ((await client.GetAsync($"/api/customers/{id}")).StatusCode == HttpStatusCode.OK)
                {
                    readable.Add(id);
                }
            }

            Assert.True(readable.SetEquals(found), $"{user.UserName}: search {found.Count}, readable {readable.Count}");
            seen[user.UserName] = found.Count;
        }

        Assert.Equal((4, 1, 1, 3, 0), (seen["ifk.meyer"], seen["ifk.braun"], seen["ab.kaya"], seen["fm.lead"], seen["owner.process"]));
    }
}
