using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

public sealed class ProviderApiKeysTests : AppTest
{
    [Fact]
    public async Task A_new_key_is_shown_once_with_no_store_and_only_its_hash_is_kept()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner);

        var response = await owner.PostAsJsonAsync("/api/providers/wh-sued/api-keys", new { label = "Fachverfahren" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var created = await ReadAsync(response);
        var key = created["key"]!.GetValue<string>();
        Assert.Matches("^cf_[A-Za-z0-9_-]{40}$", key);
        Assert.Equal(key[..8], created["prefix"]!.GetValue<string>());
        var id = created["id"]!.GetValue<Guid>();

        var row = await app.InDatabaseAsync(db => db.ProviderApiKeys.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), row.Hash);
        Assert.Equal("owner.process", row.CreatedBy);
        var everyColumn = await app.InDatabaseAsync(db => db.Database.SqlQueryRaw<string>(
            """SELECT "Id" || '|' || "Label" || '|' || "Prefix" || '|' || "Hash" || '|' || "CreatedBy" AS "Value" FROM "ProviderApiKeys" """).ToListAsync());
        Assert.DoesNotContain(everyColumn, value => value.Contains(key, StringComparison.Ordinal));

        var listed = await owner.GetAsync("/api/providers/wh-sued/api-keys");
        var text = await listed.Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        var view = (await ReadArrayAsync(listed)).Single()!;
        Assert.Equal(["createdAt", "createdBy", "id", "label", "lastUsedAt", "prefix", "revokedAt", "revokedBy"], view.AsObject().Select(p => p.Key).Order());
        Assert.Contains(await ProviderJournalAsync(app, "wh-sued"), line =>
            line.StartsWith("provider.api-key-created owner.process", StringComparison.Ordinal)
            && line.Contains($"\"prefix\":\"{key[..8]}\"", StringComparison.Ordinal)
            && !line.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_provider_has_several_keys_and_each_one_works()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner);
        var first = (await CreateKeyAsync(owner, "wh-sued", "Fachverfahren"))["key"]!.GetValue<string>();
        var second = (await CreateKeyAsync(owner, "wh-sued", "Test"))["key"]!.GetValue<string>();

        var keys = await ReadArrayAsync(await owner.GetAsync("/api/providers/wh-sued/api-keys"));

        Assert.Equal(["Fachverfahren", "Test"], keys.Select(k => k!["label"]!.GetValue<string>()).Order());
        foreach (var key in new[] { first, second })
        {
            var me = await ReadAsync(await WithApiKey(app, key).GetAsync("/api/provider/me"));
            Assert.Equal("wh-sued", me["providerKey"]!.GetValue<string>());
            Assert.Equal(key[..8], me["apiKeyPrefix"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_revoked_key_gets_401_at_once_while_the_other_key_still_works()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner);
        var revoked = await CreateKeyAsync(owner, "wh-sued");
        var kept = (await CreateKeyAsync(owner, "wh-sued", "Zweitsystem"))["key"]!.GetValue<string>();
        var provider = WithApiKey(app, revoked["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync("/api/provider/me")).StatusCode);

        var response = await owner.PostAsync($"/api/providers/wh-sued/api-keys/{revoked["id"]}/revoke", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await ReadAsync(response);
        Assert.Equal("owner.process", view["revokedBy"]!.GetValue<string>());
        Assert.NotNull(view["revokedAt"]);
        var refused = await provider.GetAsync("/api/provider/me");
        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", refused.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, (await WithApiKey(app, kept).GetAsync("/api/provider/me")).StatusCode);
        Assert.Contains(await ProviderJournalAsync(app, "wh-sued"), line => line.StartsWith("provider.api-key-revoked owner.process", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoking_twice_is_a_409_and_an_unknown_or_foreign_key_a_404_changing_nothing()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner);
        var key = await CreateKeyAsync(owner, "wh-sued");
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/providers/wh-sued/api-keys/{key["id"]}/revoke", null)).StatusCode);
        var before = await RegistryStateAsync(app);

        var again = await owner.PostAsync($"/api/providers/wh-sued/api-keys/{key["id"]}/revoke", null);
        var unknown = await owner.PostAsync($"/api/providers/wh-sued/api-keys/{Guid.NewGuid()}/revoke", null);
        var foreign = await owner.PostAsync($"/api/providers/sb-nord/api-keys/{key["id"]}/revoke", null);

        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await AssertProblemAsync(foreign, HttpStatusCode.NotFound);
        Assert.Equal(before, await RegistryStateAsync(app));
    }

    [Fact]
    public async Task A_key_without_a_label_is_a_400_and_nothing_is_created()
    {
        var owner = await app.SignInAsync("owner.process");
        var before = await RegistryStateAsync(app);

        var blank = await owner.PostAsJsonAsync("/api/providers/sb-nord/api-keys", new { label = " " });
        var tooLong = await owner.PostAsJsonAsync("/api/providers/sb-nord/api-keys", new { label = new string('x', 101) });

        await AssertProblemAsync(blank, HttpStatusCode.BadRequest, "label");
        await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest, "label");
        Assert.Equal(before, await RegistryStateAsync(app));
    }
}
