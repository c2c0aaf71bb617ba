using System.Net;
using System.Net.Http.Json;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Calendars;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>
/// The test clock starts at 02.11.2026 09:00 UTC; 14½ hours later it is 23:30 UTC, i.e. already 03.11.2026 00:30 in
/// Berlin (CET). CaseFlow's "today" is the German date.
/// </summary>
public sealed class GermanDateApiTests : AppTest
{
    private static readonly DateOnly GermanToday = new(2026, 11, 3);

    private void AtHalfPastElevenUtc() => app.Clock.Advance(TimeSpan.FromHours(14.5));

    [Fact]
    public void The_calendar_is_berlin_by_default_and_reads_the_clock()
    {
        var calendar = app.Services.GetRequiredService<JobcenterCalendar>();
        AtHalfPastElevenUtc();

        Assert.Equal("Europe/Berlin", calendar.Zone.Id);
        Assert.Equal((GermanToday, new DateTime(2026, 11, 2, 23, 30, 0, DateTimeKind.Utc)), (calendar.Today, calendar.Now));
    }

    [Fact]
    public void Another_configured_time_zone_gives_its_own_date()
    {
        using var newYork = new CaseFlowApp();
        newYork.Settings["Calendar:TimeZone"] = "America/New_York";
        newYork.Clock.Advance(TimeSpan.FromHours(18.5)); // 03.11. 03:30 UTC = 02.11. 22:30 in New York

        Assert.Equal(new DateOnly(2026, 11, 2), newYork.Services.GetRequiredService<JobcenterCalendar>().Today);
    }

    [Fact]
    public void An_unknown_time_zone_stops_the_start_and_says_which_setting()
    {
        using var broken = new CaseFlowApp();
        broken.Settings["Calendar:TimeZone"] = "Europe/Atlantis";

        var refused = Assert.Throws<InvalidOperationException>(() => broken.Services);

        Assert.Contains("Calendar:TimeZone 'Europe/Atlantis'", refused.Message);
        Assert.Contains("Europe/Berlin", refused.Message);
    }

    [Fact]
    public async Task A_birth_date_of_the_german_today_is_not_in_the_future_at_23_30_utc()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        AtHalfPastElevenUtc();

        var today = await ifk.PostAsJsonAsync("/api/customers", Customer(GermanToday));
        var tomorrow = await ifk.PostAsJsonAsync("/api/customers", Customer(GermanToday.AddDays(1)));

        Assert.Equal(HttpStatusCode.Created, today.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tomorrow.StatusCode);
    }

    [Fact]
    public async Task Agree_plan_refuses_the_german_today_as_next_review_and_keeps_the_due_date()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        var fm = await app.SignInAsync("fm.schulz");
        var caseId = await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
        await ActOkAsync(ifk, caseId, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, caseId, "accept", new { data = new { workingAlliance = true } });
        await ActOkAsync(fm, caseId, "complete-assessment");
        AtHalfPastElevenUtc();

        var refused = await ActAsync(fm, caseId, "agree-plan", Plan(GermanToday));
        var tooLate = await ActAsync(fm, caseId, "agree-plan", Plan(GermanToday.AddMonths(6).AddDays(1)));
        var agreed = await ActOkAsync(fm, caseId, "agree-plan", Plan(GermanToday.AddMonths(6)));

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (refused.StatusCode, tooLate.StatusCode));
        Assert.Equal(["nextReviewDue"], GuardsOf(await ReadAsync(refused)));
        Assert.Equal("Steering", agreed["state"]!.GetValue<string>());
        var due = await app.InDatabaseAsync(db => Task.FromResult(db.Cases.Single(c => c.Id == caseId).NextDueOn));
        Assert.Equal(new DateOnly(2027, 5, 3), due);
    }

    private static object Customer(DateOnly birthDate) => new
    {
        customerNumber = NewCustomerNumber(),
        givenName = "Mia",
        familyName = "Neumann",
        birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static object Plan(DateOnly due) =>
        new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } };
}
