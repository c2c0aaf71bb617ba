using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Goals;

public sealed class GoalsApiTests : AppTest
{
    [Fact]
    public async Task The_responsible_ifk_agrees_a_goal_with_interventions_and_a_second_goal_is_refused_naming_the_active_one()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        var goal = await AgreeOkAsync(ifk, customerId, new
        {
            resourceArea = "housing",
            description = "Eine eigene Wohnung finden",
            agreedWithCustomer = true,
            agreedOn = "2026-10-30",
            interventions = new[] { new { kind = "counselling", description = "Wohnungsnotfallhilfe" } },
        });
        Assert.Equal("housing", Text(goal, "resourceArea"));
        Assert.Equal("Wohnen", Text(goal, "resourceAreaName"));
        Assert.Equal("active", Text(goal, "status"));
        Assert.Equal("review", Text(goal, "nextStep"));
        Assert.Equal("ifk.meyer", Text(goal, "coach"));
        Assert.Equal("2026-10-30", Text(goal, "agreedOn"));
        Assert.True(goal["agreedWithCustomer"]!.GetValue<bool>());
        Assert.Equal("Beratung", Text(goal["interventions"]![0], "kindLabel"));

        var second = await AgreeAsync(ifk, customerId, Goal("health", "Gesundheitliche Einschränkungen klären"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await ReadAsync(second);
        Assert.Equal("Konflikt (conflict)", Text(problem, "title"));
        Assert.Equal(IdOf(goal), problem["activeGoal"]!["id"]!.GetValue<Guid>());
        Assert.Equal("housing", Text(problem["activeGoal"], "resourceArea"));
        Assert.Equal("Eine eigene Wohnung finden", Text(problem["activeGoal"], "description"));
        Assert.Equal(1, await GoalCountAsync(app, customerId));
        Assert.Equal(["goal.agree by ifk.meyer"], await JournaledAsync(app, customerId));
    }

    [Fact]
    public async Task Two_concurrent_goals_for_one_customer_give_one_201_and_one_409_naming_the_winner()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var sameIfkElsewhere = await app.SignInAsync("ifk.meyer");
        for (var round = 0; round < 3; round++)
        {
            var customerId = await CreateCustomerAsync(ifk);

            var answers = await Task.WhenAll(
                AgreeAsync(ifk, customerId, Goal("housing")), AgreeAsync(sameIfkElsewhere, customerId, Goal("health", "Gesundheit stärken")));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            var winner = await ReadAsync(answers.Single(a => a.StatusCode == HttpStatusCode.Created));
            var loser = await ReadAsync(answers.Single(a => a.StatusCode == HttpStatusCode.Conflict));
            Assert.Equal(IdOf(winner), loser["activeGoal"]!["id"]!.GetValue<Guid>());
            Assert.Equal(1, await GoalCountAsync(app, customerId));
            Assert.Equal(["goal.agree by ifk.meyer"], await JournaledAsync(app, customerId));
        }
    }

    [Fact]
    public async Task The_goals_are_listed_newest_first_with_interventions_and_reviews_and_paged()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var areas = new[] { "housing", "health", "mobility" };
        foreach (var area in areas)
        {
            var goal = await AgreeOkAsync(ifk, customerId, Goal(area, $"Ziel im Bereich {area}"));
            await LinkOkAsync(ifk, customerId, IdOf(goal), "measure");
            app.Clock.Advance(TimeSpan.FromDays(30));
            await ReviewOkAsync(ifk, customerId, IdOf(goal), new { outcome = "strengthened", note = "Gut gelaufen" });
            app.Clock.Advance(TimeSpan.FromDays(1));
        }

        var response = await ifk.GetAsync($"{GoalsOf(customerId)}?page=1&pageSize=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        var page = await ReadArrayAsync(response);
        Assert.Equal(["mobility", "health"], page.Select(g => Text(g, "resourceArea")).ToList());
        Assert.All(page, g => Assert.Equal("achieved", Text(g, "status")));
        Assert.Equal("strengthened", Text(page[0]!["reviews"]![0], "outcome"));
        Assert.Equal("measure", Text(page[0]!["interventions"]![0], "kind"));
        var last = await ReadArrayAsync(await ifk.GetAsync($"{GoalsOf(customerId)}?page=2&pageSize=2"));
        Assert.Equal(["housing"], last.Select(g => Text(g, "resourceArea")).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, (await ifk.GetAsync($"{GoalsOf(customerId)}?pageSize=500")).StatusCode);
    }
}
