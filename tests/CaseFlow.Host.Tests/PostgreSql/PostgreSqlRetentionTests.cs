using System.Net;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The retention on a real PostgreSQL server: dry run, a held customer, the run, a second run, the export of an anonymised customer.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlRetentionTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlRetentionTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task Due_cases_and_customers_are_anonymised_once_held_ones_are_kept_and_the_aggregates_stay_on_postgresql()
    {
        var dsb = await app.SignInAsync("dsb.weber");
        var (exited, exitedCustomer) = await ExitedBfmCaseAsync(app);
        var (referral, _) = await EndedReferralAsync(app);
        var (held, heldCustomer) = await WaivedBfmCaseAsync(app);
        await SetHoldAsync(dsb, heldCustomer);
        var aggregates = await AggregatesAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(5 * 366));

        var report = await ReportAsync(dsb, Today(app));
        var run = await RunAsync(dsb);
        var second = await RunAsync(dsb);
        var export = await dsb.GetAsync($"/api/customers/{exitedCustomer}/export");

        Assert.Equal((2, 1, 1), (report["dueCases"]!.GetValue<int>(), report["heldCases"]!.GetValue<int>(), report["dueCustomers"]!.GetValue<int>()));
        Assert.Equal((2, 1), (run["casesAnonymised"]!.GetValue<int>(), run["customersAnonymised"]!.GetValue<int>()));
        Assert.Equal((0, 0), (second["casesAnonymised"]!.GetValue<int>(), second["customersAnonymised"]!.GetValue<int>()));
        Assert.Equal((true, true, false), (await IsAnonymisedAsync(app, exited), await IsAnonymisedAsync(app, referral), await IsAnonymisedAsync(app, held)));
        Assert.Equal(aggregates, await AggregatesAsync(app));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var customer = await app.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == exitedCustomer));
        Assert.Equal((Anonymised.Name, Anonymised.CustomerNumber(exitedCustomer)), (customer.FamilyName, customer.CustomerNumber));
    }

    public void Dispose() => app.Dispose();
}
