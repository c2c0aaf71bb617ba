using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Goals;

public sealed class ResourceAreasApiTests : AppTest
{
    [Fact]
    public async Task The_default_catalogue_has_nine_areas_in_german_and_in_english()
    {
        var fm = await app.SignInAsync("fm.schulz");

        var german = await ReadArrayAsync(await fm.GetAsync("/api/goals/resource-areas"));
        fm.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await ReadArrayAsync(await fm.GetAsync("/api/goals/resource-areas"));

        Assert.Equal(9, german.Count);
        Assert.Equal(
            ["health", "housing", "finances", "family", "social-network", "education", "work-experience", "personal-skills", "mobility"],
            german.Select(a => Text(a, "id")).ToList());
        Assert.Equal("Wohnen", Text(german[1], "name"));
        Assert.Equal("Housing", Text(english[1], "name"));
        Assert.Equal(german.Select(a => Text(a, "id")), english.Select(a => Text(a, "id")));
        var terms = await ReadAsync(await fm.GetAsync("/api/goals/terms"));
        Assert.Equal(["keep", "adjust", "end"], terms["decisions"]!.AsArray().Select(d => Text(d, "value")).ToList());
        Assert.Equal("Not strengthened", Text(terms["outcomes"]![1], "label"));
    }

    [Fact]
    public async Task Configured_areas_are_served_as_configured_and_goals_take_only_them()
    {
        app.Settings["Goals:ResourceAreas:0:Id"] = "arbeit";
        app.Settings["Goals:ResourceAreas:0:Name"] = "Arbeit und Beschäftigung";
        app.Settings["Goals:ResourceAreas:1:Id"] = "housing";
        app.Settings["Goals:ResourceAreas:1:Name"] = "Wohnen";
        var ifk = await app.SignInAsync("ifk.meyer");
        ifk.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var areas = await ReadArrayAsync(await ifk.GetAsync("/api/goals/resource-areas"));

        Assert.Equal(["arbeit:Arbeit und Beschäftigung", "housing:Housing"], areas.Select(a => $"{Text(a, "id")}:{Text(a, "name")}").ToList());
        var customerId = await CreateCustomerAsync(ifk);
        Assert.Equal(HttpStatusCode.BadRequest, (await AgreeAsync(ifk, customerId, Goal("health"))).StatusCode);
        var goal = await AgreeOkAsync(ifk, customerId, Goal("arbeit", "Minijob finden"));
        Assert.Equal("Arbeit und Beschäftigung", Text(goal, "resourceAreaName"));
    }
}
