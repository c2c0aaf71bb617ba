using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;

namespace CaseFlow.Workflows.Tests.Cases;

/// <summary>The referral with registered providers: their agreements, their own answers, the customer's consent, overdue reports.</summary>
public sealed class ReferralProviderTests
{
    private static readonly Actor Caritas = ProviderActors.For("caritas");
    private static readonly Actor OtherProvider = ProviderActors.For("traeger-x");

    private static IReadOnlyList<string> Guards(TriggerRefusedException error) => error.UnmetGuards.Select(g => g.Guard).ToList();

    [Fact]
    public void Only_a_registered_active_provider_can_be_chosen()
    {
        var rules = new ReferralRuleSet();
        var scenario = new ReferralScenario(providers: new ProviderCatalog(
            [ReferralScenario.Provider("alt", "Alter Träger", ProviderKinds.Employment, [], rules, active: false)]));

        var unknown = scenario.Refused("refer", """{"provider":"caritas","targetGroup":"Wohnungslose","voluntary":true}""");
        var inactive = scenario.Refused("refer", """{"provider":"alt","targetGroup":"Wohnungslose","voluntary":true}""");

        Assert.Equal(["provider"], Guards(unknown));
        Assert.Equal(["provider"], Guards(inactive));
        Assert.Contains("registrierter, aktiver Träger", unknown.UnmetGuards[0].Message);
    }

    [Fact]
    public void A_provider_takes_only_the_target_groups_of_its_agreement()
    {
        var scenario = new ReferralScenario();

        var error = scenario.Refused("refer", """{"provider":"sucht","targetGroup":"Wohnungslose","voluntary":true}""");
        scenario.Act("refer", """{"provider":"sucht","targetGroup":"suchtkranke","voluntary":true}""");

        Assert.Equal(["providerTargetGroup"], Guards(error));
        Assert.Equal(("sucht", "Suchtkranke"), (scenario.File.Provider, scenario.File.TargetGroup));
    }

    [Fact]
    public void The_agreement_sets_report_and_conference_intervals_over_the_configured_defaults()
    {
        var rules = new ReferralRuleSet();
        var scenario = new ReferralScenario(rules, new ProviderCatalog(
            [new ProviderTerms("caritas", "Caritas", ProviderKinds.DebtCounselling, [], true, 14, 2, SharedFields.All)]));

        scenario.Active();

        Assert.Equal((Start.AddDays(14).Date, new DateOnly(2027, 1, 2)), (scenario.File.NextReportDue!.Value.ToDateTime(TimeOnly.MinValue), scenario.File.NextConferenceDue));
    }

    [Fact]
    public void The_provider_answers_for_itself_and_no_other_provider_can()
    {
        var scenario = new ReferralScenario().AwaitingProvider();

        var foreign = Assert.Throws<TriggerRefusedException>(() => scenario.Act(OtherProvider, "provider-confirm"));
        var outcome = scenario.Act(Caritas, "provider-confirm");
        var foreignReport = Assert.Throws<TriggerRefusedException>(() => scenario.Act(OtherProvider, "report", """{"summary":"x","attendance":"none"}"""));

        Assert.Equal(["ownProvider"], Guards(foreign));
        Assert.Equal(["ownProvider"], Guards(foreignReport));
        Assert.Equal(("provider:caritas", "Active", "HandoverConfirmed"), (outcome.Journal.Actor, scenario.Case.State, outcome.PublishedMessage));
    }

    [Theory]
    [InlineData("refer")]
    [InlineData("record-consent")]
    [InlineData("case-conference")]
    [InlineData("end")]
    public void A_provider_takes_no_fm_action(string action)
    {
        var scenario = new ReferralScenario().Active();

        Assert.Equal("FM", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Caritas, action, """{"decision":"end"}""", "Grund")).RequiredRole);
    }

    [Fact]
    public void The_fm_sees_why_a_provider_action_is_not_for_an_ifk()
    {
        var scenario = new ReferralScenario().AwaitingProvider();

        var confirm = scenario.Lifecycle.AllowedActions(scenario.Scene(Ifk)).Single(a => a.Action == "provider-confirm");

        Assert.Contains("Nur für Träger oder Fallmanager/in (FM).", confirm.Reasons);
    }

    [Fact]
    public void Consent_is_recorded_with_the_referral_and_can_be_changed_or_withdrawn()
    {
        var scenario = new ReferralScenario().AwaitingProvider();
        Assert.Equal(["customerNumber", "targetGroup"], scenario.File.ConsentedFields);

        scenario.Now = Start.AddDays(3);
        scenario.Act("record-consent", """{"consentedFields":["customerNumber","age","actionNeeds"]}""");
        Assert.Equal(["customerNumber", "age", "actionNeeds"], scenario.File.ConsentedFields);
        Assert.Equal(scenario.Now, scenario.File.ConsentRecordedAt);

        scenario.Act("provider-confirm");
        scenario.Act("record-consent", """{"consentedFields":[]}""", "Einwilligung widerrufen");
        Assert.Empty(scenario.File.ConsentedFields);
    }

    [Fact]
    public void Unknown_consent_fields_are_refused_with_the_catalogue()
    {
        var scenario = new ReferralScenario();

        var error = Assert.Throws<ActionInputException>(() => scenario.Act("refer", """{"provider":"caritas","targetGroup":"Wohnungslose","voluntary":true,"consentedFields":["healthReport"]}"""));

        Assert.Equal("data.consentedFields", error.Field);
        Assert.Contains("healthReport", error.Message);
        Assert.Contains("customerNumber", error.Message);
        Assert.Equal("Draft", scenario.Case.State);
    }

    [Fact]
    public void A_report_names_the_attendance_and_may_name_next_steps()
    {
        var scenario = new ReferralScenario().Active();

        Assert.Equal("data.attendance", Assert.Throws<ActionInputException>(() => scenario.Act(Caritas, "report", """{"summary":"x"}""")).Field);
        Assert.Equal("data.attendance", Assert.Throws<ActionInputException>(() => scenario.Act(Caritas, "report", """{"summary":"x","attendance":"sometimes"}""")).Field);
        scenario.Act(Caritas, "report", """{"summary":"Haushaltsplan erstellt","attendance":"Regular","nextSteps":"Gläubiger anschreiben"}""");

        Assert.Equal((Attendance.Regular, "Gläubiger anschreiben", 1), (scenario.File.LastReportAttendance!.Value, scenario.File.LastReportNextSteps, scenario.File.ReportCount));
    }

    [Fact]
    public void An_overdue_report_gives_the_fm_one_task_then_another_after_an_interval_or_a_new_due_date()
    {
        var scenario = new ReferralScenario().Active();
        var due = scenario.File.NextReportDue!.Value;

        Assert.False(ReportWatch.NeedsNotice(scenario.Case, due, 30));
        Assert.True(ReportWatch.NeedsNotice(scenario.Case, due.AddDays(1), 30));
        Assert.Equal(1, ReportWatch.OverdueDays(scenario.File, due.AddDays(1)));

        ReportWatch.RecordNotice(scenario.Case, due.AddDays(1));
        Assert.False(ReportWatch.NeedsNotice(scenario.Case, due.AddDays(2), 30));
        Assert.True(ReportWatch.NeedsNotice(scenario.Case, due.AddDays(31), 30));

        scenario.Now = due.AddDays(5).ToDateTime(TimeOnly.MinValue);
        scenario.Act(Caritas, "report", """{"summary":"nachgereicht","attendance":"irregular"}""");
        var next = scenario.File.NextReportDue!.Value;
        Assert.False(ReportWatch.NeedsNotice(scenario.Case, next, 30));
        Assert.True(ReportWatch.NeedsNotice(scenario.Case, next.AddDays(1), 30));
    }

    [Fact]
    public void Reports_of_a_referral_that_is_not_active_are_never_overdue()
    {
        var awaiting = new ReferralScenario().AwaitingProvider();
        var ended = new ReferralScenario().Active();
        ended.Act("end", reason: "Umzug");

        Assert.False(ReportWatch.NeedsNotice(awaiting.Case, new DateOnly(2030, 1, 1), 30));
        Assert.False(ReportWatch.NeedsNotice(ended.Case, new DateOnly(2030, 1, 1), 30));
        Assert.Equal(0, ReportWatch.OverdueDays(ended.File, new DateOnly(2030, 1, 1)));
    }
}
