using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Customers;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Customers;

/// <summary>The customer search counts its total up to 200 rows past the page, like the inbox and "Meine Fälle".</summary>
public sealed class CustomerSearchTotalTests : AppTest
{
    [Fact]
    public async Task A_broad_prefix_counts_up_to_200_rows_past_the_page_and_says_there_are_more()
    {
        await app.InDatabaseAsync(async db =>
        {
            for (var i = 0; i < 260; i++)
            {
                db.Customers.Add(new Customer
                {
                    CustomerNumber = $"{100 + i}K{i:D6}",
                    GivenName = "Eva",
                    FamilyName = $"Kappel{i:D3}",
                    BirthDate = new DateOnly(1990, 1, 1),
                    ResponsibleCaseworker = "ifk.meyer",
                    CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                });
            }

            return await db.SaveChangesAsync();
        });
        var ifk = await app.SignInAsync("ifk.meyer");

        var first = await ifk.GetAsync("/api/customers?q=kapp&pageSize=50");
        var second = await ifk.GetAsync("/api/customers?q=kapp&page=2&pageSize=50");
        var byOthers = await (await app.SignInAsync("ifk.braun")).GetAsync("/api/customers?q=kapp");

        Assert.Equal("250", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("true", first.Headers.GetValues("X-Total-Count-Limited").Single());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Kappel{i:D3}"), (await ReadArrayAsync(first)).Select(c => c!["familyName"]!.GetValue<string>()));
        Assert.Equal("260", second.Headers.GetValues("X-Total-Count").Single());
        Assert.False(second.Headers.Contains("X-Total-Count-Limited"));
        Assert.Equal(Enumerable.Range(50, 50).Select(i => $"Kappel{i:D3}"), (await ReadArrayAsync(second)).Select(c => c!["familyName"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, byOthers.StatusCode);
        Assert.Equal("0", byOthers.Headers.GetValues("X-Total-Count").Single());
    }
}
