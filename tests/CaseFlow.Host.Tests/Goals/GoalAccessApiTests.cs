using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Goals;

public sealed class GoalAccessApiTests : AppTest
{
    [Fact]
    public async Task While_a_bfm_case_runs_the_fm_and_her_deputy_are_the_coach_the_ifk_is_not_and_the_supervisor_only_reads()
    {
        var (caseId, ifk, fm) = await CaseInSteeringAsync(app);
        var customerId = (await GetCaseAsync(fm, caseId))["customerId"]!.GetValue<Guid>();
        var deputy = await app.SignInAsync("fm.wagner");
        var supervisor = await app.SignInAsync("fm.lead");

        await AssertProblemAsync(await AgreeAsync(ifk, customerId), HttpStatusCode.Forbidden);
        var goalId = IdOf(await AgreeOkAsync(fm, customerId));
        await LinkOkAsync(deputy, customerId, goalId, "measure");
        await ReviewOkAsync(deputy, customerId, goalId, new { outcome = "notStrengthened", decision = "keep", note = "Braucht mehr Zeit" });

        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(GoalsOf(customerId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync(GoalsOf(customerId))).StatusCode);
        await AssertProblemAsync(await ReviewAsync(supervisor, customerId, goalId, new { outcome = "strengthened" }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await LinkAsync(ifk, customerId, goalId, new { kind = "measure", description = "AGH" }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await ifk.GetAsync(GoalsOf(customerId)), HttpStatusCode.Forbidden);
        Assert.Equal(
            ["goal.agree by fm.schulz", "goal.intervention by fm.wagner", "goal.review by fm.wagner"],
            await JournaledAsync(app, customerId));
    }

    [Fact]
    public async Task Without_a_running_bfm_case_the_responsible_ifk_is_the_coach_and_nobody_else()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        await CreateBfmCaseAsync(ifk, customerId); // a draft is no running bFM case

        var goalId = IdOf(await AgreeOkAsync(ifk, customerId));

        foreach (var user in new[] { "ifk.braun", "fm.schulz", "fm.lead", "ab.kaya" })
        {
            var other = await app.SignInAsync(user);
            // The supervisor sees the customer's bFM case (even a draft), so she reads the goals; nobody else does.
            var read = await other.GetAsync(GoalsOf(customerId));
            Assert.Equal(user == "fm.lead" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, read.StatusCode);
            await AssertProblemAsync(await AgreeAsync(other, customerId), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await LinkAsync(other, customerId, goalId, new { kind = "measure", description = "AGH" }), HttpStatusCode.Forbidden);
        }

        Assert.Equal(1, await GoalCountAsync(app, customerId));
    }

    [Fact]
    public async Task Unknown_customers_and_goals_are_404_and_providers_are_never_let_in()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var otherCustomer = await CreateCustomerAsync(ifk);
        var goalId = IdOf(await AgreeOkAsync(ifk, customerId));

        await AssertProblemAsync(await ifk.GetAsync(GoalsOf(Guid.NewGuid())), HttpStatusCode.NotFound);
        await AssertProblemAsync(await AgreeAsync(ifk, Guid.NewGuid()), HttpStatusCode.NotFound);
        await AssertProblemAsync(await ReviewAsync(ifk, customerId, Guid.NewGuid(), new { outcome = "strengthened" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await ReviewAsync(ifk, otherCustomer, goalId, new { outcome = "strengthened" }), HttpStatusCode.NotFound);

        var provider = WithApiKey(app, SuchtMitteKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.GetAsync(GoalsOf(customerId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.PostAsJsonAsync(GoalsOf(customerId), Goal())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await provider.GetAsync("/api/goals/resource-areas")).StatusCode);
    }
}
