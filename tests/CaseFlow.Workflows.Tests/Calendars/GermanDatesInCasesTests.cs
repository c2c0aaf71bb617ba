using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Cases.Outreach;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Cases;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Calendars;

/// <summary>At 23:30 UTC it is already the next day in Berlin: the lifecycles' "today", due dates, ages and follow-ups say so.</summary>
public sealed class GermanDatesInCasesTests
{
    /// <summary>14.01.2026 23:30 UTC = 15.01.2026 00:30 CET.</summary>
    private static readonly DateTime Winter = new(2026, 1, 14, 23, 30, 0, DateTimeKind.Utc);

    /// <summary>14.07.2026 23:30 UTC = 15.07.2026 01:30 CEST.</summary>
    private static readonly DateTime Summer = new(2026, 7, 14, 23, 30, 0, DateTimeKind.Utc);

    public static TheoryData<DateTime, DateOnly> Nights => new()
    {
        { Winter, new DateOnly(2026, 1, 15) },
        { Summer, new DateOnly(2026, 7, 15) },
    };

    [Theory]
    [MemberData(nameof(Nights))]
    public void Agree_plan_counts_the_next_review_from_the_german_today(DateTime now, DateOnly germanToday)
    {
        var onGermanToday = new BfmScenario { Now = now }.Planning();
        var onGermanTomorrow = new BfmScenario { Now = now }.Planning();
        var atTheLimit = new BfmScenario { Now = now }.Planning();
        var pastTheLimit = new BfmScenario { Now = now }.Planning();

        // The UTC date is one day earlier: under UTC "today" the German today would count as the future.
        var refusal = Assert.Throws<TriggerRefusedException>(() => onGermanToday.Act(Fm, "agree-plan", Plan(germanToday)));
        Assert.Equal(["nextReviewDue"], refusal.UnmetGuards.Select(g => g.Guard));
        onGermanTomorrow.Act(Fm, "agree-plan", Plan(germanToday.AddDays(1)));
        atTheLimit.Act(Fm, "agree-plan", Plan(germanToday.AddMonths(6)));
        Assert.Throws<TriggerRefusedException>(() => pastTheLimit.Act(Fm, "agree-plan", Plan(germanToday.AddMonths(6).AddDays(1))));
        Assert.Equal(("Steering", "Steering"), (onGermanTomorrow.Case.State, atTheLimit.Case.State));
        Assert.Equal(germanToday.AddMonths(6), atTheLimit.Case.NextDueOn);
    }

    [Theory]
    [MemberData(nameof(Nights))]
    public void The_report_due_date_of_a_confirmed_referral_counts_from_the_german_today(DateTime now, DateOnly germanToday)
    {
        var scenario = new ReferralScenario { Now = now }.AwaitingProvider();

        scenario.Act("provider-confirm");

        Assert.Equal((germanToday.AddDays(30), germanToday.AddMonths(3)), (scenario.File.NextReportDue, scenario.File.NextConferenceDue));
        Assert.Equal((germanToday.AddDays(30), CaseDues.Report), (scenario.Case.NextDueOn, scenario.Case.NextDue));
    }

    [Theory]
    [MemberData(nameof(Nights))]
    public void The_end_of_activation_counts_from_the_german_date_of_the_take_over(DateTime now, DateOnly germanToday)
    {
        var scenario = new OutreachScenario { Now = now }.InActivation();

        Assert.Equal((germanToday.AddMonths(6), CaseDues.ActivationEnd), (scenario.Case.NextDueOn, scenario.Case.NextDue));
    }

    [Theory]
    [MemberData(nameof(Nights))]
    public void A_customer_is_25_on_the_german_birthday_already_at_23_30_utc(DateTime now, DateOnly germanToday)
    {
        var lifecycle = new OutreachLifecycle(EffectiveRules<OutreachRuleSet>.Single(new OutreachRuleSet()));
        var twentyFive = new Customer { CustomerNumber = "K1", BirthDate = germanToday.AddYears(-25), ResponsibleCaseworker = OutreachScenario.Pap.UserName };
        var twentyFiveTomorrow = new Customer { CustomerNumber = "K2", BirthDate = germanToday.AddYears(-25).AddDays(1), ResponsibleCaseworker = OutreachScenario.Pap.UserName };

        Assert.Equal(25, twentyFive.AgeOn(Berlin.Calendar.DateOf(now)));
        Assert.Contains("25", Assert.Throws<InvalidOperationException>(() => lifecycle.Open(twentyFive, OutreachScenario.Pap, now, Berlin.Calendar)).Message);
        Assert.Equal(CaseKinds.Outreach, lifecycle.Open(twentyFiveTomorrow, OutreachScenario.Pap, now, Berlin.Calendar).Kind);
    }

    [Theory]
    [InlineData("2026-01-14T23:30:00Z", "2026-01-21T23:30:00Z")] // 15.01. 00:30 CET → 22.01. 00:30 CET
    [InlineData("2026-03-24T22:30:00Z", "2026-03-31T21:30:00Z")] // 24.03. 23:30 CET → 31.03. 23:30 CEST (not 01.04.)
    [InlineData("2026-07-14T23:30:00Z", "2026-07-21T23:30:00Z")] // 15.07. 01:30 CEST → 22.07. 01:30 CEST
    public void The_follow_up_after_a_bfm_exit_is_due_seven_german_days_later(string now, string due)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        var scenario = new BfmScenario { Now = at }.Steering();

        var followUp = Assert.Single(scenario.Act(Fm, "exit", """{"finalProfile":"I","closingPlan":"Nachbetreuung durch die IFK"}""", reason: "Integrated").FollowUps);

        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, followUp.DueAt);
        Assert.Equal(Berlin.Calendar.DateOf(at).AddDays(7), Berlin.Calendar.DateOf(followUp.DueAt));
    }

    private static string Plan(DateOnly due) => $$"""{"planType":"Kooperationsplan","agreedWithCustomer":true,"nextReviewDue":"{{due:yyyy-MM-dd}}"}""";
}
