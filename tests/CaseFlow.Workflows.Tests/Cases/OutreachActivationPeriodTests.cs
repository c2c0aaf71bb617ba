using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Tests.Cases.OutreachScenario;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>The activation phase should not exceed 6 months; continuing beyond needs a documented extension.</summary>
public sealed class OutreachActivationPeriodTests
{
    [Fact]
    public void Visits_are_possible_until_six_months_after_the_take_over_and_not_a_day_longer()
    {
        var scenario = new OutreachScenario().InActivation();
        scenario.Now = Start.AddMonths(6);
        scenario.Act(Adviser, "record-visit", ByTwo);

        scenario.Now = Start.AddMonths(6).AddDays(1);

        Assert.Equal(["activationPeriod"], scenario.Refused(Adviser, "record-visit", ByTwo));
        Assert.Equal(
            "Die Aktivierungsphase endete am 2027-05-02 (Regel: 6 Monate): für weitere Besuche ist eine begründete Verlängerung (extend) nötig, sonst activated oder return-early.",
            scenario.RefusalText(Adviser, "record-visit", ByTwo));
        Assert.False(scenario.Allowed(Adviser, "record-visit").Allowed);
    }

    [Fact]
    public void A_justified_extension_lets_the_activation_continue_until_its_date()
    {
        var scenario = new OutreachScenario().InActivation();
        scenario.Now = Start.AddMonths(6).AddDays(10);

        scenario.Act(Adviser, "extend", """{"justification":"Erste Termine wahrgenommen, Vertrauen wächst","until":"2027-08-31"}""");
        scenario.Act(Adviser, "record-visit", ByTwo);
        scenario.Now = new DateTime(2027, 9, 1, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal((new DateOnly(2027, 8, 31), "Erste Termine wahrgenommen, Vertrauen wächst"), (scenario.File.ExtendedUntil, scenario.File.ExtensionJustification));
        Assert.Equal(1, scenario.File.VisitCount);
        Assert.Equal(["activationPeriod"], scenario.Refused(Adviser, "record-visit", ByTwo));
    }

    [Fact]
    public void An_extension_must_reach_beyond_the_current_end_and_at_most_six_months_further()
    {
        var scenario = new OutreachScenario().InActivation();
        scenario.Now = Start.AddMonths(5);

        Assert.Equal(["extensionUntil"], scenario.Refused(Adviser, "extend", """{"justification":"Grund","until":"2027-05-02"}"""));
        Assert.Equal(["extensionUntil"], scenario.Refused(Adviser, "extend", """{"justification":"Grund","until":"2027-11-03"}"""));
        Assert.Equal(
            "Die Verlängerung (data.until) muss nach dem 2027-05-02 liegen und darf höchstens 6 Monate weiter reichen (bis 2027-11-02).",
            scenario.RefusalText(Adviser, "extend", """{"justification":"Grund","until":"2027-05-02"}"""));
        scenario.Act(Adviser, "extend", """{"justification":"Grund","until":"2027-11-02"}""");
        Assert.Equal(new DateOnly(2027, 11, 2), scenario.File.ExtendedUntil);
    }

    [Fact]
    public void An_extension_needs_a_justification_and_a_date()
    {
        var scenario = new OutreachScenario().InActivation();

        Assert.Equal("data.justification", Assert.Throws<ActionInputException>(() => scenario.Act(Adviser, "extend", """{"until":"2027-06-01"}""")).Field);
        Assert.Equal("data.until", Assert.Throws<ActionInputException>(() => scenario.Act(Adviser, "extend", """{"justification":"Grund"}""")).Field);
    }

    [Fact]
    public void After_six_months_the_adviser_can_still_report_activation_or_return_early()
    {
        var activated = new OutreachScenario().InActivation();
        var returned = new OutreachScenario().InActivation();
        activated.Now = returned.Now = Start.AddMonths(8);

        activated.Act(Adviser, "activated");
        returned.Act(Adviser, "return-early", reason: "Mitwirkung nicht herstellbar");

        Assert.Equal(("JointMeeting", "Returned"), (activated.Case.State, returned.Case.State));
    }

    [Fact]
    public void A_configured_activation_period_moves_the_limit()
    {
        var scenario = new OutreachScenario(new OutreachRuleSet { ActivationMonths = 3 }).InActivation();
        scenario.Now = Start.AddMonths(3).AddDays(1);

        Assert.Equal(["activationPeriod"], scenario.Refused(Adviser, "record-visit", ByTwo));
    }
}
