using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.FollowUps.FollowUpSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>The merged team list, names in the lists and the customer search by way of access on a real PostgreSQL server.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlListTests : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlListTests(PostgreSqlDatabase database) =>
        app = new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString);

    [Fact]
    public async Task The_supervisors_team_list_merges_both_kinds_by_next_due_with_names_on_postgresql()
    {
        var (steering, _, fm) = await CaseInSteeringAsync(app);
        var (referral, _) = await ReferralCaseAsync(app);
        await ActOkAsync(fm, referral, "refer", new
        {
            data = new { provider = "sb-nord", targetGroup = "Wohnungslose", voluntary = true, consentedFields = new[] { "age" } },
        });
        await ActOkAsync(fm, referral, "provider-confirm");
        var lead = await app.SignInAsync("fm.lead");

        var whole = await ReadArrayAsync(await lead.GetAsync("/api/cases?scope=team&pageSize=200"));
        var paged = new List<Guid>();
        for (var page = 1; page <= Math.Min(whole.Count, 4); page++)
        {
            paged.Add(Id(Assert.Single(await ReadArrayAsync(await lead.GetAsync($"/api/cases?scope=team&page={page}&pageSize=1")))));
        }

        Assert.Equal(whole.Select(Id).Take(paged.Count), paged);
        var dues = whole.Select(r => r!["nextDueOn"]?.GetValue<string>()).ToList();
        Assert.Equal(dues.OrderBy(d => d is null).ThenBy(d => d, StringComparer.Ordinal), dues);
        Assert.Contains(whole, r => Id(r) == referral && r!["nextDueOn"] is not null);
        var row = whole.Single(r => Id(r) == steering)!;
        Assert.Equal(("Erika", "Mustermann"), (row["customerGivenName"]!.GetValue<string>(), row["customerFamilyName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Each_way_of_access_finds_its_customers_once_and_follow_ups_carry_the_name_on_postgresql()
    {
        var meyer = await app.SignInAsync("ifk.meyer");
        var family = $"Zugang{Guid.NewGuid():N}"[..14].Replace('0', 'o');
        var customerId = await CreateCustomerAsync(meyer, givenName: "Ida", familyName: family);
        var profiled = await meyer.PutAsJsonAsync($"/api/customers/{customerId}/profile", new
        {
            profile = "EP",
            actionNeeds = ThreeInfluenceableNeeds,
            integrationWithoutFmUnlikely = true,
        });
        Assert.Equal(HttpStatusCode.OK, profiled.StatusCode);
        var (caseId, _, _) = await CaseInSteeringAsync(app);
        var bfm = await CreateBfmCaseAsync(meyer, customerId);
        await ActOkAsync(meyer, bfm, "refer", new { data = new { consent = true } });
        await ActOkAsync(await app.SignInAsync("fm.schulz"), caseId, "exit", new { reason = "GoalReached", data = new { finalProfile = "AP", closingPlan = "Nachbetreuung durch die IFK" } });

        foreach (var (user, expected) in new[] { ("ifk.meyer", 1), ("fm.wagner", 1), ("fm.lead", 1), ("ifk.braun", 0), ("ab.kaya", 0) })
        {
            var response = await (await app.SignInAsync(user)).GetAsync($"/api/customers?q={family}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            Assert.Equal(expected, (await ReadArrayAsync(response)).Count);
        }

        var followUp = (await ListAsync(meyer)).Items.Single(f => f!["caseId"]!.GetValue<Guid>() == caseId)!;
        Assert.Equal(("Erika", "Mustermann"), (followUp["customerGivenName"]!.GetValue<string>(), followUp["customerFamilyName"]!.GetValue<string>()));
    }

    public void Dispose() => app.Dispose();

    private static Guid Id(JsonNode? row) => row!["id"]!.GetValue<Guid>();
}
