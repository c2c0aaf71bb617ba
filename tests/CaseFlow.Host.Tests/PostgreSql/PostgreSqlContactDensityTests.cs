using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The contact-density versions (seeded default, a new version by date) and a suspension on a real PostgreSQL server.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlContactDensityTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlContactDensityTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task A_new_version_takes_effect_on_its_date_and_a_suspension_is_kept_with_its_days_on_postgresql()
    {
        var owner = await app.SignInAsync("owner.process");
        var ifk = await app.SignInAsync("ifk.meyer");
        var seeded = await ReadAsync(await owner.GetAsync("/api/rules/contact-density"));
        var cells = seeded["inForce"]!["cells"]!.AsArray()
            .Select(c => new
            {
                ageGroup = c!["ageGroup"]!.GetValue<string>(),
                unemployed = c["unemployed"]!.GetValue<bool>(),
                profile = c["profile"]!.GetValue<string>(),
                rhythm = c["profile"]!.GetValue<string>() == "Z" ? "Quarterly" : c["rhythm"]!.GetValue<string>(),
            })
            .ToList();

        var put = await owner.PutAsJsonAsync("/api/rules/contact-density", new { cells, effectiveFrom = "2027-03-01", reason = "Z-Kunden vierteljährlich" });
        var before = await ReadAsync(await owner.GetAsync("/api/rules/contact-density?at=2027-02-28"));
        var after = await ReadAsync(await owner.GetAsync("/api/rules/contact-density?at=2027-03-01"));
        var customer = await CreateCustomerAsync(ifk);
        var suspension = await ifk.PostAsJsonAsync($"/api/customers/{customer}/contact-suspensions", new { kind = "FullTimeMeasure", from = "2026-11-02", to = "2027-02-28", reason = "Vollzeit" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (put.StatusCode, suspension.StatusCode));
        Assert.Equal((1, 2), (before["inForce"]!["number"]!.GetValue<int>(), after["inForce"]!["number"]!.GetValue<int>()));
        var stored = await app.InDatabaseAsync(db => db.ContactSuspensions.AsNoTracking().SingleAsync(s => s.CustomerId == customer));
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2027, 2, 28)), (stored.From, stored.To!.Value));
        Assert.True((await ReadAsync(suspension))["active"]!.GetValue<bool>());
    }

    public void Dispose() => app.Dispose();
}
