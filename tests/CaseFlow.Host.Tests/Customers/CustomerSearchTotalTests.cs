using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task A_supervisor_over_more_cases_than_a_list_holds_finds_only_customers_with_an_fm_case_in_name_order()
    {
        var count = CaseFlow.Host.Customers.CustomerVisibility.ListedCases + 1;
        await app.InDatabaseAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < count; i++)
            {
                var customer = NewCustomer(i, $"Masse{i:D4}", now);
                db.Customers.Add(customer);
                db.Cases.Add(new Case { Kind = CaseKinds.Bfm, CustomerId = customer.Id, CreatedAt = now, CreatedBy = "ifk.braun", ReferringCaseworker = "ifk.braun" });
            }

            db.Customers.Add(NewCustomer(count, "Masse0000x", now));
            await db.SaveChangesAsync();
            return await db.Cases.Where(c => c.CreatedBy == "ifk.braun")
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.State, "Steering").SetProperty(c => c.MainCaseworker, "fm.wagner"));
        });
        var lead = await app.SignInAsync("fm.lead");

        var first = await lead.GetAsync("/api/customers?q=masse&pageSize=50");
        var last = await lead.GetAsync($"/api/customers?q=masse&page={(count + 49) / 50}&pageSize=50");

        Assert.Equal("250", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("true", first.Headers.GetValues("X-Total-Count-Limited").Single());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Masse{i:D4}"), (await ReadArrayAsync(first)).Select(c => c!["familyName"]!.GetValue<string>()));
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), last.Headers.GetValues("X-Total-Count").Single());
        Assert.False(last.Headers.Contains("X-Total-Count-Limited"));
        Assert.Equal([$"Masse{count - 1:D4}"], (await ReadArrayAsync(last)).Select(c => c!["familyName"]!.GetValue<string>()));
    }

    private static Customer NewCustomer(int i, string familyName, DateTime now) => new()
    {
        CustomerNumber = $"{100 + (i % 900)}M{i:D6}",
        GivenName = "Eva",
        FamilyName = familyName,
        BirthDate = new DateOnly(1990, 1, 1),
        ResponsibleCaseworker = "ifk.braun",
        CreatedAt = now,
    };
}
