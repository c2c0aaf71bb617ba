using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

public sealed class DevelopmentProviderSeedTests
{
    [Fact]
    public async Task Development_mode_seeds_the_two_providers_with_their_agreements_and_keys()
    {
        using var app = new CaseFlowApp();
        var fm = await app.SignInAsync("fm.schulz");

        var providers = await ReadArrayAsync(await fm.GetAsync("/api/providers"));

        Assert.Equal(["sb-nord", "sucht-mitte"], providers.Select(p => p!["key"]!.GetValue<string>()));
        var sbNord = providers[0]!;
        Assert.Equal("Schuldnerberatung Nord", sbNord["name"]!.GetValue<string>());
        Assert.Equal("debt-counselling", sbNord["kind"]!.GetValue<string>());
        Assert.Empty(sbNord["targetGroups"]!.AsArray());
        Assert.Equal(
            ["customerNumber", "targetGroup", "actionNeeds", "caseManager"],
            sbNord["agreement"]!["sharedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        var suchtMitte = providers[1]!;
        Assert.Equal(["Suchtkranke", "Suchtkranke Migrantinnen und Migranten"], suchtMitte["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await WithApiKey(app, SbNordKey).GetAsync("/api/provider/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithApiKey(app, SuchtMitteKey).GetAsync("/api/provider/me")).StatusCode);
    }

    [Fact]
    public async Task A_restart_adds_nothing_twice_and_keeps_a_revoked_development_key_revoked()
    {
        var file = CaseFlowApp.NewSqliteFile();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        try
        {
            using (var first = new CaseFlowApp(file, clock))
            {
                var owner = await first.SignInAsync("owner.process");
                var keys = await ReadArrayAsync(await owner.GetAsync("/api/providers/sb-nord/api-keys"));
                var revoke = await owner.PostAsync($"/api/providers/sb-nord/api-keys/{keys.Single()!["id"]}/revoke", null);
                Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
            }

            using var second = new CaseFlowApp(file, clock);
            var counts = await second.InDatabaseAsync(async db => (await db.Providers.CountAsync(), await db.ProviderApiKeys.CountAsync()));

            Assert.Equal((2, 2), counts);
            await AssertProblemAsync(await WithApiKey(second, SbNordKey).GetAsync("/api/provider/me"), HttpStatusCode.Unauthorized);
            Assert.Equal(HttpStatusCode.OK, (await WithApiKey(second, SuchtMitteKey).GetAsync("/api/provider/me")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public async Task Outside_development_mode_no_provider_is_seeded()
    {
        using var app = new CaseFlowApp();
        app.Settings["Auth:Mode"] = "Oidc";
        app.Settings["Auth:Oidc:Authority"] = "http://127.0.0.1:9/realms/caseflow";
        app.Settings["Auth:Oidc:RequireHttpsMetadata"] = "false";

        var providers = await app.InDatabaseAsync(db => db.Providers.CountAsync());

        Assert.Equal(0, providers);
    }
}
