using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Providers;

public sealed class ProvidersApiTests : AppTest
{
    [Fact]
    public async Task The_process_owner_registers_a_provider_with_its_agreement_and_any_staff_member_reads_it()
    {
        var owner = await app.SignInAsync("owner.process");

        var created = await CreateProviderAsync(owner);
        var fm = await app.SignInAsync("fm.schulz");
        var read = await ReadAsync(await fm.GetAsync("/api/providers/wh-sued"));

        foreach (var view in new[] { created, read })
        {
            Assert.Equal("wh-sued", view["key"]!.GetValue<string>());
            Assert.Equal("homeless-assistance", view["kind"]!.GetValue<string>());
            Assert.Equal("Wohnungslosenhilfe", view["kindName"]!.GetValue<string>());
            Assert.Equal(["Wohnungslose"], view["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
            Assert.True(view["active"]!.GetValue<bool>());
            var agreement = view["agreement"]!;
            Assert.Equal(["customerNumber", "caseManager"], agreement["sharedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
            Assert.Equal(14, agreement["reportIntervalDays"]!.GetValue<int>());
            Assert.Equal(2, agreement["conferenceIntervalMonths"]!.GetValue<int>());
            Assert.Equal("AZ 50-12/2026", agreement["reference"]!.GetValue<string>());
            Assert.Equal("owner.process", agreement["updatedBy"]!.GetValue<string>());
        }

        Assert.Equal(["provider.created owner.process"], (await ProviderJournalAsync(app, "wh-sued")).Select(line => string.Join(' ', line.Split(' ').Take(2))));
    }

    [Fact]
    public async Task The_list_pages_by_key_with_the_total_in_x_total_count()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner, "aa-first");
        await CreateProviderAsync(owner, "zz-last");

        var first = await owner.GetAsync("/api/providers?page=1&pageSize=2");
        var last = await owner.GetAsync("/api/providers?page=2&pageSize=2");

        Assert.Equal("4", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["aa-first", "sb-nord"], (await ReadArrayAsync(first)).Select(p => p!["key"]!.GetValue<string>()));
        Assert.Equal(["sucht-mitte", "zz-last"], (await ReadArrayAsync(last)).Select(p => p!["key"]!.GetValue<string>()));
        await AssertProblemAsync(await owner.GetAsync("/api/providers?pageSize=500"), HttpStatusCode.BadRequest, "pageSize");
    }

    [Fact]
    public async Task Changing_the_details_and_the_agreement_counts_the_version_and_journals_both()
    {
        var owner = await app.SignInAsync("owner.process");
        await CreateProviderAsync(owner);

        var updated = await owner.PutAsJsonAsync(
            "/api/providers/wh-sued", new { name = "Wohnungslosenhilfe Süd e. V.", kind = "homeless-assistance", targetGroups = Array.Empty<string>(), active = false });
        var agreed = await owner.PutAsJsonAsync(
            "/api/providers/wh-sued/agreement", new { sharedFields = new[] { "age", "age", "profile" }, reportIntervalDays = 60, conferenceIntervalMonths = 6 });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var view = await ReadAsync(agreed);
        Assert.Equal("Wohnungslosenhilfe Süd e. V.", view["name"]!.GetValue<string>());
        Assert.Empty(view["targetGroups"]!.AsArray());
        Assert.False(view["active"]!.GetValue<bool>());
        Assert.Equal(["age", "profile"], view["agreement"]!["sharedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(60, view["agreement"]!["reportIntervalDays"]!.GetValue<int>());
        Assert.Null(view["agreement"]!["reference"]);
        Assert.Equal(2, view["version"]!.GetValue<int>());
        var journal = await ProviderJournalAsync(app, "wh-sued");
        Assert.Equal(
            ["provider.agreement-changed", "provider.created", "provider.updated"],
            journal.Select(line => line.Split(' ')[0]).Order());
        Assert.Contains(journal, line => line.StartsWith("provider.updated owner.process", StringComparison.Ordinal) && line.Contains("\"active\":false"));
    }

    [Fact]
    public async Task Target_groups_are_matched_to_the_configured_spelling()
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.PostAsJsonAsync("/api/providers", new
        {
            key = "sucht-ost", name = "Suchtberatung Ost", kind = "addiction-counselling", targetGroups = new[] { "suchtkranke", "SUCHTKRANKE" },
        });

        var view = await ReadAsync(response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["Suchtkranke"], view["targetGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(30, view["agreement"]!["reportIntervalDays"]!.GetValue<int>());
        Assert.Equal(3, view["agreement"]!["conferenceIntervalMonths"]!.GetValue<int>());
    }

    public static TheoryData<string, string> InvalidProviders() => new()
    {
        { """{"key":"A","name":"X","kind":"employment"}""", "key" },
        { """{"key":"-bad-","name":"X","kind":"employment"}""", "key" },
        { """{"key":"ok-key","name":"  ","kind":"employment"}""", "name" },
        { """{"key":"ok-key","name":"X","kind":"astrology"}""", "kind" },
        { """{"key":"ok-key","name":"X","kind":"employment","targetGroups":["Wohnungslose","Schachspieler"]}""", "targetGroups[1]" },
        { """{"key":"ok-key","name":"X","kind":"employment","agreement":{"sharedFields":["customerNumber","healthData"]}}""", "agreement.sharedFields[1]" },
        { """{"key":"ok-key","name":"X","kind":"employment","agreement":{"reportIntervalDays":6}}""", "agreement.reportIntervalDays" },
        { """{"key":"ok-key","name":"X","kind":"employment","agreement":{"reportIntervalDays":366}}""", "agreement.reportIntervalDays" },
        { """{"key":"ok-key","name":"X","kind":"employment","agreement":{"conferenceIntervalMonths":0}}""", "agreement.conferenceIntervalMonths" },
        { """{"key":"ok-key","name":"X","kind":"employment","agreement":{"conferenceIntervalMonths":13}}""", "agreement.conferenceIntervalMonths" },
        { """{"key":"ok-key","kind":"employment"}""", "name" },
        { "not json", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidProviders))]
    public async Task An_invalid_registration_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var owner = await app.SignInAsync("owner.process");
        var before = await RegistryStateAsync(app);

        var response = await owner.PostAsync("/api/providers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await RegistryStateAsync(app));
    }

    [Fact]
    public async Task A_taken_key_is_a_409_and_changes_nothing()
    {
        var owner = await app.SignInAsync("owner.process");
        var before = await RegistryStateAsync(app);

        var response = await owner.PostAsJsonAsync("/api/providers", NewProvider("sb-nord"));

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(before, await RegistryStateAsync(app));
    }

    [Fact]
    public async Task Invalid_changes_are_a_400_naming_the_field_and_change_nothing()
    {
        var owner = await app.SignInAsync("owner.process");
        var before = await RegistryStateAsync(app);

        var badKind = await owner.PutAsJsonAsync("/api/providers/sb-nord", new { name = "X", kind = "astrology", targetGroups = Array.Empty<string>(), active = true });
        var noActive = await owner.PutAsJsonAsync("/api/providers/sb-nord", new { name = "X", kind = "employment", targetGroups = Array.Empty<string>() });
        var badField = await owner.PutAsJsonAsync("/api/providers/sb-nord/agreement", new { sharedFields = new[] { "religion" } });
        var badInterval = await owner.PutAsJsonAsync("/api/providers/sb-nord/agreement", new { reportIntervalDays = 400 });
        var longReference = await owner.PutAsJsonAsync("/api/providers/sb-nord/agreement", new { reference = new string('x', 101) });

        await AssertProblemAsync(badKind, HttpStatusCode.BadRequest, "kind");
        await AssertProblemAsync(noActive, HttpStatusCode.BadRequest, "active");
        await AssertProblemAsync(badField, HttpStatusCode.BadRequest, "sharedFields[0]");
        await AssertProblemAsync(badInterval, HttpStatusCode.BadRequest, "reportIntervalDays");
        await AssertProblemAsync(longReference, HttpStatusCode.BadRequest, "reference");
        Assert.Equal(before, await RegistryStateAsync(app));
    }

    [Fact]
    public async Task An_unknown_provider_is_a_404_on_every_route()
    {
        var owner = await app.SignInAsync("owner.process");
        var before = await RegistryStateAsync(app);

        await AssertProblemAsync(await owner.GetAsync("/api/providers/nobody"), HttpStatusCode.NotFound);
        await AssertProblemAsync(
            await owner.PutAsJsonAsync("/api/providers/nobody", new { name = "X", kind = "employment", targetGroups = Array.Empty<string>(), active = true }),
            HttpStatusCode.NotFound);
        await AssertProblemAsync(await owner.PutAsJsonAsync("/api/providers/nobody/agreement", new { }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await owner.GetAsync("/api/providers/nobody/api-keys"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await owner.PostAsJsonAsync("/api/providers/nobody/api-keys", new { label = "x" }), HttpStatusCode.NotFound);
        Assert.Equal(before, await RegistryStateAsync(app));
    }

    [Theory]
    [InlineData("fm.schulz")]
    [InlineData("fm.lead")]
    [InlineData("ifk.meyer")]
    public async Task Only_the_process_owner_writes_other_staff_get_403_and_nothing_changes(string userName)
    {
        var staff = await app.SignInAsync(userName);
        var before = await RegistryStateAsync(app);
        var sbNordId = await app.InDatabaseAsync(db => Task.FromResult(db.ProviderApiKeys.Select(k => k.Id).First()));

        var responses = new[]
        {
            await staff.PostAsJsonAsync("/api/providers", NewProvider()),
            await staff.PutAsJsonAsync("/api/providers/sb-nord", new { name = "X", kind = "employment", targetGroups = Array.Empty<string>(), active = false }),
            await staff.PutAsJsonAsync("/api/providers/sb-nord/agreement", new { sharedFields = new[] { "birthDate" } }),
            await staff.GetAsync("/api/providers/sb-nord/api-keys"),
            await staff.PostAsJsonAsync("/api/providers/sb-nord/api-keys", new { label = "x" }),
            await staff.PostAsync($"/api/providers/sb-nord/api-keys/{sbNordId}/revoke", null),
        };

        foreach (var response in responses)
        {
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/providers")).StatusCode);
        Assert.Equal(before, await RegistryStateAsync(app));
    }
}
