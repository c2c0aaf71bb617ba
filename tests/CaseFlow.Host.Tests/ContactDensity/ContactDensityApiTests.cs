using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.ContactDensity;

/// <summary>GET/PUT /api/rules/contact-density: the seeded default, new versions from a date, roles, validation, journal.</summary>
public sealed class ContactDensityApiTests : AppTest
{
    private const string Route = "/api/rules/contact-density";

    /// <summary>The default table's 32 cells as the PUT body wants them, with one cell's rhythm changed when asked.</summary>
    private static List<object> Cells(string? changedCell = null, string rhythm = "Quarterly", int skip = -1)
    {
        var cells = new List<object>();
        var index = 0;
        foreach (var (ageGroup, unemployed, rhythms) in new[]
        {
            ("U25", true, "Monthly Monthly Monthly Monthly Monthly Monthly HalfYearly HalfYearly"),
            ("U25", false, "Monthly Monthly Monthly SixToSevenWeeks TwoMonthly TwoMonthly HalfYearly HalfYearly"),
            ("Ue25", true, "Monthly Monthly Monthly AboutTwoMonthly FourMonthly FourMonthly FourMonthly HalfYearly"),
            ("Ue25", false, "Monthly Monthly Monthly AboutTwoMonthly FourMonthly FourMonthly FourMonthly HalfYearly"),
        })
        {
            foreach (var (profile, value) in "MP AP FP EP SP UP I Z".Split(' ').Zip(rhythms.Split(' ')))
            {
                var name = $"{ageGroup}/{(unemployed ? "unemployed" : "notUnemployed")}/{profile}";
                if (index++ != skip)
                {
                    cells.Add(new { ageGroup, unemployed, profile, rhythm = name == changedCell ? rhythm : value });
                }
            }
        }

        return cells;
    }

    private string Day(int daysFromToday) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(daysFromToday).ToString("yyyy-MM-dd");

    private static string RhythmOf(JsonObject version, string ageGroup, bool unemployed, string profile) =>
        version["cells"]!.AsArray().Single(c => c!["ageGroup"]!.GetValue<string>() == ageGroup && c["unemployed"]!.GetValue<bool>() == unemployed
            && c["profile"]!.GetValue<string>() == profile)!["rhythm"]!.GetValue<string>();

    private Task<(int Versions, int Journal)> CountsAsync() =>
        app.InDatabaseAsync(async db => (await db.ContactDensityVersions.CountAsync(), await db.Journal.CountAsync(j => j.SubjectType == "rules")));

    [Fact]
    public async Task The_seeded_default_is_in_force_with_its_periods_and_choices()
    {
        var ifk = await app.SignInAsync("ifk.meyer");

        var response = await ifk.GetAsync(Route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        var inForce = body["inForce"]!.AsObject();
        Assert.Equal((1, "2000-01-01", 32), (inForce["number"]!.GetValue<int>(), inForce["effectiveFrom"]!.GetValue<string>(), inForce["cells"]!.AsArray().Count));
        Assert.Equal("SixToSevenWeeks", RhythmOf(inForce, "U25", false, "EP"));
        var ep = inForce["cells"]!.AsArray().Single(c => c!["ageGroup"]!.GetValue<string>() == "Ue25" && c["unemployed"]!.GetValue<bool>() && c["profile"]!.GetValue<string>() == "EP")!;
        Assert.Equal(("Weeks", 10, 5), (ep["unit"]!.GetValue<string>(), ep["length"]!.GetValue<int>(), ep["contactsPerYear"]!.GetValue<int>()));
        Assert.Single(body["versions"]!.AsArray());
        Assert.Equal(7, body["options"]!["rhythms"]!.AsArray().Count);
        Assert.Equal("monatlich (12 Kontakte im Jahr)", body["options"]!["rhythms"]![0]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_seeded_default_equals_the_default_table_of_the_rule_set()
    {
        var owner = await app.SignInAsync("owner.process");

        var inForce = (await ReadAsync(await owner.GetAsync($"{Route}?at=2000-01-01")))["inForce"]!.AsObject();

        Assert.Equal(
            CaseFlow.Workflows.Rules.ContactDensity.ContactDensityTable.Default.Cells.Select(c => $"{c.AgeGroup}/{c.Unemployed}/{c.Profile}/{c.Rhythm}"),
            inForce["cells"]!.AsArray().Select(c => $"{c!["ageGroup"]}/{(c["unemployed"]!.GetValue<bool>() ? "True" : "False")}/{c["profile"]}/{c["rhythm"]}"));
    }

    [Fact]
    public async Task A_process_owner_adds_a_version_from_a_future_date_and_the_old_one_stays_in_force_until_then()
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.PutAsJsonAsync(Route, new { cells = Cells("Ue25/notUnemployed/EP"), effectiveFrom = Day(30), reason = "Ü25 nicht arbeitslos: vierteljährlich" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await ReadAsync(response))["number"]!.GetValue<int>());
        var today = await ReadAsync(await owner.GetAsync(Route));
        var later = await ReadAsync(await owner.GetAsync($"{Route}?at={Day(30)}"));
        Assert.Equal(("AboutTwoMonthly", 1), (RhythmOf(today["inForce"]!.AsObject(), "Ue25", false, "EP"), today["inForce"]!["number"]!.GetValue<int>()));
        Assert.Equal(("Quarterly", 2), (RhythmOf(later["inForce"]!.AsObject(), "Ue25", false, "EP"), later["inForce"]!["number"]!.GetValue<int>()));
        Assert.Equal([1, 2], later["versions"]!.AsArray().Select(v => v!["number"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_new_version_is_journaled_with_who_when_what_and_why()
    {
        var owner = await app.SignInAsync("owner.process");

        await owner.PutAsJsonAsync(Route, new { cells = Cells("U25/unemployed/I", "Quarterly"), effectiveFrom = Day(0), reason = "I-Kunden U25 öfter sehen" });

        var line = await app.InDatabaseAsync(db => db.Journal.SingleAsync(j => j.SubjectType == "rules"));
        Assert.Equal(("owner.process", "contact-density.version", "I-Kunden U25 öfter sehen", "v2"), (line.Actor, line.Action, line.Reason, line.ToState));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, line.At);
        Assert.Contains("\"changedCells\":[{\"cell\":\"U25/unemployed/I\",\"rhythm\":\"Quarterly\"}]", line.Data, StringComparison.Ordinal);
        Assert.Equal("Quarterly", RhythmOf((await ReadAsync(await owner.GetAsync(Route)))["inForce"]!.AsObject(), "U25", true, "I"));
    }

    [Theory]
    [InlineData("ifk.meyer")]
    [InlineData("fm.schulz")]
    [InlineData("fm.lead")]
    public async Task Only_process_owners_change_the_rule_set(string user)
    {
        var staff = await app.SignInAsync(user);

        var response = await staff.PutAsJsonAsync(Route, new { cells = Cells("U25/unemployed/I"), effectiveFrom = Day(1), reason = "Versuch" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((1, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_version_cannot_take_effect_in_the_past()
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.PutAsJsonAsync(Route, new { cells = Cells(), effectiveFrom = Day(-1), reason = "rückwirkend" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("effectiveFrom", (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal((1, 0), await CountsAsync());
    }

    [Fact]
    public async Task An_incomplete_table_is_refused_naming_the_missing_cells()
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.PutAsJsonAsync(Route, new { cells = Cells(skip: 31), effectiveFrom = Day(1), reason = "unvollständig" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Equal("cells", problem["field"]!.GetValue<string>());
        Assert.Contains("Ue25/notUnemployed/Z", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((1, 0), await CountsAsync());
    }

    [Theory]
    [InlineData("""{"effectiveFrom":"2030-01-01","reason":"x"}""", "cells")]
    [InlineData("""{"cells":[{"ageGroup":"U25","unemployed":true,"profile":"MP","rhythm":"Weekly"}],"effectiveFrom":"2030-01-01","reason":"x"}""", "cells[0]")]
    [InlineData("""{"cells":[{"ageGroup":"U30","unemployed":true,"profile":"MP","rhythm":"Monthly"}],"effectiveFrom":"2030-01-01","reason":"x"}""", "cells[0]")]
    [InlineData("""{"cells":[{"ageGroup":"U25","profile":"MP","rhythm":"Monthly"}],"effectiveFrom":"2030-01-01","reason":"x"}""", "cells[0]")]
    [InlineData("""{"cells":[],"reason":"x"}""", "effectiveFrom")]
    [InlineData("""{"cells":[],"effectiveFrom":"2030-01-01","reason":"  "}""", "reason")]
    public async Task Bad_input_answers_400_naming_the_field_and_saves_nothing(string json, string field)
    {
        var owner = await app.SignInAsync("owner.process");

        var response = await owner.PutAsync(Route, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await ReadAsync(response))["field"]!.GetValue<string>());
        Assert.Equal((1, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_cell_given_twice_is_refused()
    {
        var owner = await app.SignInAsync("owner.process");
        var cells = Cells();
        cells.Add(new { ageGroup = "U25", unemployed = true, profile = "MP", rhythm = "HalfYearly" });

        var response = await owner.PutAsJsonAsync(Route, new { cells, effectiveFrom = Day(1), reason = "doppelt" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("U25/unemployed/MP", (await ReadAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_version_for_the_same_day_replaces_the_earlier_one_and_both_are_kept()
    {
        var owner = await app.SignInAsync("owner.process");
        await owner.PutAsJsonAsync(Route, new { cells = Cells("U25/false/MP"), effectiveFrom = Day(10), reason = "erste" });
        await owner.PutAsJsonAsync(Route, new { cells = Cells("U25/notUnemployed/MP", "TwoMonthly"), effectiveFrom = Day(10), reason = "zweite" });

        var later = await ReadAsync(await owner.GetAsync($"{Route}?at={Day(10)}"));

        Assert.Equal(("TwoMonthly", 3), (RhythmOf(later["inForce"]!.AsObject(), "U25", false, "MP"), later["inForce"]!["number"]!.GetValue<int>()));
        Assert.Equal((3, 2), await CountsAsync());
    }

    [Fact]
    public async Task English_callers_get_english_labels()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        using var request = new HttpRequestMessage(HttpMethod.Get, Route);
        request.Headers.AcceptLanguage.ParseAdd("en");

        var body = await ReadAsync(await ifk.SendAsync(request));

        Assert.Equal("monthly (12 contacts a year)", body["options"]!["rhythms"]![0]!["label"]!.GetValue<string>());
        Assert.Equal("25 or older (Ü25)", body["options"]!["ageGroups"]![1]!["label"]!.GetValue<string>());
    }
}
