using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Goals;

public sealed class GoalReviewApiTests : AppTest
{
    [Fact]
    public async Task Strengthened_achieves_the_goal_so_that_a_new_goal_can_be_agreed()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var goalId = IdOf(await AgreeOkAsync(ifk, customerId));
        await LinkOkAsync(ifk, customerId, goalId);

        var reviewed = await ReviewOkAsync(ifk, customerId, goalId, new { outcome = "strengthened" });

        Assert.Equal("achieved", Text(reviewed, "status"));
        Assert.Equal("agreeNewGoal", Text(reviewed, "nextStep"));
        Assert.NotNull(reviewed["endedAt"]);
        Assert.Equal(HttpStatusCode.Conflict, (await ReviewAsync(ifk, customerId, goalId, new { outcome = "strengthened" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await LinkAsync(ifk, customerId, goalId, new { kind = "measure", description = "zu spät" })).StatusCode);
        await AgreeOkAsync(ifk, customerId, Goal("health", "Gesundheit klären"));
        Assert.Equal(
            ["goal.agree by ifk.meyer", "goal.agree by ifk.meyer", "goal.intervention by ifk.meyer", "goal.review by ifk.meyer"],
            await JournaledAsync(app, customerId));
    }

    [Fact]
    public async Task Not_strengthened_keeps_adjusts_or_ends_the_goal_as_decided()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var goalId = IdOf(await AgreeOkAsync(ifk, customerId));
        await LinkOkAsync(ifk, customerId, goalId, "measure");

        var kept = await ReviewOkAsync(ifk, customerId, goalId, new { outcome = "notStrengthened", decision = "keep", note = "Maßnahme läuft erst seit vier Wochen" });
        Assert.Equal("active", Text(kept, "status"));
        Assert.Equal("review", Text(kept, "nextStep"));
        Assert.Null(kept["interventions"]![0]!["endedAt"]);

        var adjusted = await ReviewOkAsync(ifk, customerId, goalId, new { outcome = "notStrengthened", decision = "adjust", note = "Maßnahme passt nicht" });
        Assert.Equal("active", Text(adjusted, "status"));
        Assert.Equal("linkIntervention", Text(adjusted, "nextStep"));
        Assert.NotNull(adjusted["interventions"]![0]!["endedAt"]);
        var withoutIntervention = await ReviewAsync(ifk, customerId, goalId, new { outcome = "strengthened" });
        Assert.Equal(HttpStatusCode.Conflict, withoutIntervention.StatusCode);

        await LinkOkAsync(ifk, customerId, goalId, "counselling");
        var ended = await ReviewOkAsync(ifk, customerId, goalId, new { outcome = "notStrengthened", decision = "end", note = "Kundin möchte anderen Bereich angehen" });
        Assert.Equal("ended", Text(ended, "status"));
        Assert.Equal(["keep", "adjust", "end"], ended["reviews"]!.AsArray().Select(r => Text(r, "decision")).ToList());
        Assert.Equal("Ziel beenden", Text(ended["reviews"]![2], "decisionLabel"));
        await AgreeOkAsync(ifk, customerId, Goal("mobility", "Führerschein"));
    }

    [Fact]
    public async Task A_review_without_a_note_or_decision_for_not_strengthened_is_400_and_changes_nothing()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var goalId = IdOf(await AgreeOkAsync(ifk, customerId));
        await LinkOkAsync(ifk, customerId, goalId);
        var bodies = new (object Body, string Field)[]
        {
            (new { outcome = "notStrengthened", decision = "keep" }, "note"),
            (new { outcome = "notStrengthened", note = "Gründe" }, "decision"),
            (new { outcome = "notStrengthened", decision = "later", note = "Gründe" }, "decision"),
            (new { outcome = "strengthened", decision = "end" }, "decision"),
            (new { outcome = "better" }, "outcome"),
            (new { outcome = "notStrengthened", decision = "keep", note = new string('x', 2001) }, "note"),
        };

        foreach (var (body, field) in bodies)
        {
            var response = await ReviewAsync(ifk, customerId, goalId, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(field, Text(await ReadAsync(response), "field"));
        }

        var goal = (await ReadArrayAsync(await ifk.GetAsync(GoalsOf(customerId))))[0]!;
        Assert.Empty(goal["reviews"]!.AsArray());
        Assert.Equal("active", Text(goal, "status"));
        Assert.Equal(["goal.agree by ifk.meyer", "goal.intervention by ifk.meyer"], await JournaledAsync(app, customerId));
    }

    [Fact]
    public async Task The_fm_links_a_referral_case_of_the_customer_and_not_one_of_another_customer()
    {
        var (referralId, fm) = await ReferralCaseAsync(app);
        var customerId = (await GetCaseAsync(fm, referralId))["customerId"]!.GetValue<Guid>();
        var (otherReferral, _) = await ReferralCaseAsync(app);
        var goalId = IdOf(await AgreeOkAsync(fm, customerId, Goal("finances", "Schulden regulieren")));

        var foreign = await LinkAsync(fm, customerId, goalId, new { kind = "referral", description = "Schuldnerberatung", caseId = otherReferral });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal("caseId", Text(await ReadAsync(foreign), "field"));
        var unknownKind = await LinkAsync(fm, customerId, goalId, new { kind = "coaching", description = "Coaching" });
        Assert.Contains("measure, counselling, referral", Text(await ReadAsync(unknownKind), "detail"), StringComparison.Ordinal);

        var linked = await LinkOkAsync(fm, customerId, goalId, "referral", referralId);
        var intervention = linked["interventions"]!.AsArray().Single()!;
        Assert.Equal(referralId, intervention["caseId"]!.GetValue<Guid>());
        Assert.Equal("fm.schulz", Text(intervention, "createdBy"));
    }
}
