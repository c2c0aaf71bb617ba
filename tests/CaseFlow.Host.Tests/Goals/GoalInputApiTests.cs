using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Goals.GoalSteps;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Goals;

public sealed class GoalInputApiTests : AppTest
{
    [Fact]
    public async Task A_goal_with_bad_input_is_400_naming_the_field_and_nothing_is_saved()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var inTwoDays = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(2).ToString("yyyy-MM-dd");
        var bodies = new (object Body, string Field)[]
        {
            (new { resourceArea = "happiness", description = "Glücklich sein", agreedWithCustomer = true }, "resourceArea"),
            (new { description = "Ohne Bereich", agreedWithCustomer = true }, "resourceArea"),
            (new { resourceArea = "housing", description = "  ", agreedWithCustomer = true }, "description"),
            (new { resourceArea = "housing", description = new string('x', 1001), agreedWithCustomer = true }, "description"),
            (new { resourceArea = "housing", description = "Wohnung\u202Efinden", agreedWithCustomer = true }, "description"),
            (new { resourceArea = "housing", description = "Wohnung finden", agreedWithCustomer = false }, "agreedWithCustomer"),
            (new { resourceArea = "housing", description = "Wohnung finden" }, "agreedWithCustomer"),
            (new { resourceArea = "housing", description = "Wohnung finden", agreedWithCustomer = true, agreedOn = inTwoDays }, "agreedOn"),
            (new { resourceArea = "housing", description = "Wohnung finden", agreedWithCustomer = true, interventions = new[] { new { kind = "magic", description = "x" } } },
                "interventions[0].kind"),
        };

        foreach (var (body, field) in bodies)
        {
            await AssertProblemAsync(await ifk.PostAsJsonAsync(GoalsOf(customerId), body), HttpStatusCode.BadRequest, field);
        }

        Assert.Equal(0, await GoalCountAsync(app, customerId));
        Assert.Empty(await JournaledAsync(app, customerId));
    }

    [Fact]
    public async Task An_unknown_area_is_answered_with_the_list_of_allowed_ids()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);

        var response = await AgreeAsync(ifk, customerId, Goal("happiness"));

        var detail = Text(await ReadAsync(response), "detail");
        Assert.Contains("health, housing, finances, family, social-network, education, work-experience, personal-skills, mobility", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multi_line_texts_are_kept_and_a_note_is_trimmed()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var customerId = await CreateCustomerAsync(ifk);
        var goalId = IdOf(await AgreeOkAsync(ifk, customerId, Goal("housing", "Wohnung finden\nmit Unterstützung")));
        await LinkOkAsync(ifk, customerId, goalId);

        var reviewed = await ReviewOkAsync(ifk, customerId, goalId, new { outcome = "strengthened", note = "  Mietvertrag unterschrieben  " });

        Assert.Equal("Wohnung finden\nmit Unterstützung", Text(reviewed, "description"));
        Assert.Equal("Mietvertrag unterschrieben", Text(reviewed["reviews"]![0], "note"));
    }
}
