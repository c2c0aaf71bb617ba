using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class ReferralGuardTests
{
    private static IReadOnlyList<string> Guards(TriggerRefusedException error) =>
        error.UnmetGuards.Select(g => g.Guard).ToList();

    [Fact]
    public void Counselling_under_16a_is_voluntary()
    {
        var scenario = new ReferralScenario();

        var error = scenario.Refused("refer", """{"provider":"sucht","targetGroup":"Suchtkranke","voluntary":false}""");

        Assert.Equal(["voluntary"], Guards(error));
        Assert.Equal("Beratung nach § 16a SGB II ist freiwillig: die Kundin/der Kunde muss der Überleitung zustimmen (data.voluntary = true).", error.UnmetGuards[0].Message);
    }

    [Fact]
    public void Counselling_under_16a_can_never_be_a_sanction_backed_obligation()
    {
        var scenario = new ReferralScenario();

        var error = scenario.Refused("refer", """{"provider":"sucht","targetGroup":"Suchtkranke","voluntary":true,"sanctionBacked":true}""");

        Assert.Equal(["noSanction"], Guards(error));
        Assert.Contains("nie als sanktionsbewehrte Pflicht (sanction-backed obligation", error.Message);
        Assert.Equal("Draft", scenario.Case.State);
    }

    [Fact]
    public void Both_voluntariness_rules_are_reported_together()
    {
        var scenario = new ReferralScenario();

        var error = scenario.Refused("refer", """{"provider":"sucht","targetGroup":"Suchtkranke","voluntary":false,"sanctionBacked":true}""");

        Assert.Equal(["voluntary", "noSanction"], Guards(error));
    }

    [Fact]
    public void The_target_group_must_be_one_of_the_configured_ones_unless_the_list_is_empty()
    {
        var closed = new ReferralScenario();
        var open = new ReferralScenario(new ReferralRuleSet { TargetGroups = [] });
        const string data = """{"provider":"traeger-x","targetGroup":"Studierende","voluntary":true}""";

        var error = closed.Refused("refer", data);
        open.Act("refer", data);

        Assert.Equal(["targetGroup"], Guards(error));
        Assert.Contains("Suchtkranke, Suchtkranke Migrantinnen und Migranten, Wohnungslose, Haftentlassene", error.UnmetGuards[0].Message);
        Assert.Equal("Studierende", open.File.TargetGroup);
    }

    [Theory]
    [InlineData("""{"targetGroup":"Wohnungslose","voluntary":true}""", "data.provider")]
    [InlineData("""{"provider":"traeger-x","voluntary":true}""", "data.targetGroup")]
    [InlineData("""{"provider":"traeger-x","targetGroup":"Wohnungslose"}""", "data.voluntary")]
    [InlineData("""{"provider":"traeger-x","targetGroup":"Wohnungslose","voluntary":true,"sanctionBacked":"nein"}""", "data.sanctionBacked")]
    public void A_referral_names_provider_target_group_and_voluntariness(string data, string field)
    {
        var scenario = new ReferralScenario();

        Assert.Equal(field, Assert.Throws<ActionInputException>(() => scenario.Act("refer", data)).Field);
    }

    [Fact]
    public void The_next_conference_is_at_most_three_months_ahead_and_not_today()
    {
        var scenario = new ReferralScenario().Active();

        var late = scenario.Refused("case-conference", """{"decision":"continue","nextConferenceDue":"2027-02-03"}""");
        var today = scenario.Refused("case-conference", """{"decision":"continue","nextConferenceDue":"2026-11-02"}""");
        scenario.Act("case-conference", """{"decision":"continue","nextConferenceDue":"2027-02-02"}""");

        Assert.Equal(["nextConferenceDue"], Guards(late));
        Assert.Equal(["nextConferenceDue"], Guards(today));
        Assert.Equal("Die nächste Fallkonferenz (data.nextConferenceDue) muss in der Zukunft liegen, spätestens am 2027-02-02 (3 Monate).", late.UnmetGuards[0].Message);
        Assert.Equal(new DateOnly(2027, 2, 2), scenario.File.NextConferenceDue);
    }

    [Fact]
    public void A_conference_decides_continue_or_end_and_nothing_else()
    {
        var scenario = new ReferralScenario().Active();

        Assert.Equal("data.decision", Assert.Throws<ActionInputException>(() => scenario.Act("case-conference", """{"decision":"pause"}""")).Field);
        Assert.Equal("data.decision", Assert.Throws<ActionInputException>(() => scenario.Act("case-conference", "{}")).Field);
    }

    [Fact]
    public void A_configured_conference_interval_shortens_the_limit()
    {
        var scenario = new ReferralScenario(new ReferralRuleSet { ConferenceIntervalMonths = 2, ReportIntervalDays = 14 }).Active();

        Assert.Equal((new DateOnly(2027, 1, 2), new DateOnly(2026, 11, 16)), (scenario.File.NextConferenceDue, scenario.File.NextReportDue));
        Assert.Equal(["nextConferenceDue"], Guards(scenario.Refused("case-conference", """{"decision":"continue","nextConferenceDue":"2027-01-03"}""")));
    }

    [Theory]
    [InlineData("refer")]
    [InlineData("provider-confirm")]
    [InlineData("provider-decline")]
    [InlineData("report")]
    [InlineData("case-conference")]
    [InlineData("end")]
    public void Referral_actions_are_for_the_fm_not_for_the_ifk_or_the_supervisor(string action)
    {
        var scenario = new ReferralScenario();

        Assert.Contains("FM", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Ifk, action, ReferralScenario.ReferData, "Grund")).RequiredRole);
        Assert.Contains("FM", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Supervisor, action, ReferralScenario.ReferData, "Grund")).RequiredRole);
        Assert.Equal("Draft", scenario.Case.State);
    }

    [Fact]
    public void Provider_actions_wait_for_the_referral()
    {
        var scenario = new ReferralScenario();

        Assert.Equal(["state"], Guards(scenario.Refused("provider-confirm")));
        Assert.Equal(["state"], Guards(scenario.Refused("report", """{"summary":"x","attendance":"regular"}""")));
    }
}
