using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Tests.Calendars;
using static CaseFlow.Workflows.Tests.Cases.ReferralScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class ReferralLifecycleTests
{
    [Fact]
    public void A_new_referral_starts_in_draft_with_the_fm_keeping_overall_responsibility()
    {
        var scenario = new ReferralScenario();

        Assert.Equal(("referral", "Draft", "fm.schulz", "fm.schulz"), (scenario.Case.Kind, scenario.Case.State, scenario.Case.MainCaseworker, scenario.Case.ReferringCaseworker));
        Assert.NotNull(scenario.Case.Referral);
        Assert.Null(scenario.Lifecycle.OpenRefusal(scenario.Customer, Berlin.Calendar.DateOf(Start)));
    }

    [Fact]
    public void Refer_records_provider_target_group_and_voluntariness_and_waits_for_the_provider()
    {
        var scenario = new ReferralScenario();

        var outcome = scenario.Act("refer", ReferData);

        Assert.Equal("AwaitingProvider", scenario.Case.State);
        Assert.Equal(("caritas", "Wohnungslose", true, Start), (scenario.File.Provider, scenario.File.TargetGroup, scenario.File.Voluntary, scenario.File.ReferredAt));
        Assert.Null(outcome.PublishedMessage);
        Assert.Equal("fm.schulz", scenario.Case.MainCaseworker);
    }

    [Fact]
    public void The_provider_confirms_the_hand_over_and_the_workflow_hears_of_it()
    {
        var scenario = new ReferralScenario().AwaitingProvider();

        var outcome = scenario.Act("provider-confirm");

        Assert.Equal("Active", scenario.Case.State);
        Assert.Equal("HandoverConfirmed", outcome.PublishedMessage);
        Assert.Equal(scenario.Case.Id.ToString(), outcome.CorrelationKey);
        Assert.Equal(Start, scenario.File.ConfirmedAt);
        Assert.Equal((new DateOnly(2027, 2, 2), new DateOnly(2026, 12, 2)), (scenario.File.NextConferenceDue, scenario.File.NextReportDue));
    }

    [Fact]
    public void The_provider_declines_with_a_reason_and_the_referral_is_closed()
    {
        var scenario = new ReferralScenario().AwaitingProvider();

        var outcome = scenario.Act("provider-decline", reason: "Keine Kapazität bis März");

        Assert.Equal("Declined", scenario.Case.State);
        Assert.Equal("HandoverDeclined", outcome.PublishedMessage);
        Assert.Equal(("Keine Kapazität bis März", Start), (scenario.File.DeclinedReason, scenario.File.DeclinedAt));
        Assert.False(scenario.Lifecycle.IsOpen(scenario.Case));
        Assert.Equal("reason", Assert.Throws<ActionInputException>(() => new ReferralScenario().AwaitingProvider().Act("provider-decline")).Field);
    }

    [Fact]
    public void Reports_are_internal_counted_and_published()
    {
        var scenario = new ReferralScenario().Active();
        scenario.Now = Start.AddDays(20);

        scenario.Act("report", """{"summary":"Erstgespräch geführt, Gläubigerliste erstellt","attendance":"regular"}""");
        var outcome = scenario.Act("report", """{"summary":"Insolvenzantrag vorbereitet","attendance":"irregular","nextSteps":"Termin beim Amtsgericht"}""");

        Assert.Equal(("Active", "Active", "ProviderReportReceived"), (outcome.Journal.FromState, outcome.Journal.ToState, outcome.PublishedMessage));
        Assert.Equal((2, "Insolvenzantrag vorbereitet", scenario.Now), (scenario.File.ReportCount, scenario.File.LastReportSummary, scenario.File.LastReportAt));
        Assert.Equal(scenario.Today.AddDays(30), scenario.File.NextReportDue);
        Assert.Equal("data.summary", Assert.Throws<ActionInputException>(() => scenario.Act("report", "{}")).Field);
    }

    [Fact]
    public void A_case_conference_that_continues_sets_the_next_conference()
    {
        var scenario = new ReferralScenario().Active();
        scenario.Now = Start.AddMonths(3);

        var outcome = scenario.Act("case-conference", """{"decision":"continue"}""");
        scenario.Act("case-conference", """{"decision":"Continue","nextConferenceDue":"2027-03-15"}""");

        Assert.Equal(("Active", "Active"), (outcome.Journal.FromState, outcome.Journal.ToState));
        Assert.Null(outcome.PublishedMessage);
        Assert.Equal((2, scenario.Now, new DateOnly(2027, 3, 15)), (scenario.File.ConferenceCount, scenario.File.LastConferenceAt, scenario.File.NextConferenceDue));
    }

    [Fact]
    public void A_case_conference_that_ends_closes_the_referral()
    {
        var scenario = new ReferralScenario().Active();

        scenario.Act("case-conference", """{"decision":"end"}""", "Schulden reguliert");

        Assert.Equal("Ended", scenario.Case.State);
        Assert.Equal((1, "Schulden reguliert", Start), (scenario.File.ConferenceCount, scenario.File.EndReason, scenario.File.EndedAt));
        Assert.Null(scenario.File.NextConferenceDue);
    }

    [Fact]
    public void The_fm_ends_an_active_referral_with_a_reason()
    {
        var scenario = new ReferralScenario().Active();

        var outcome = scenario.Act("end", reason: "Kunde verzogen");

        Assert.Equal(("Ended", "Kunde verzogen"), (scenario.Case.State, scenario.File.EndReason));
        Assert.Null(outcome.PublishedMessage);
        Assert.Equal("reason", Assert.Throws<ActionInputException>(() => new ReferralScenario().Active().Act("end")).Field);
    }

    [Fact]
    public void Each_provider_action_names_its_message_and_the_bfm_waiver_publishes_one_too()
    {
        var referral = new ReferralScenario().Lifecycle;
        var bfm = new BfmScenario().Eligible();

        var waived = bfm.Act(BfmScenario.Ifk, "waive", reason: "Ausbildung beginnt");

        Assert.Equal(
            [null, "HandoverConfirmed", "HandoverDeclined", "ProviderReportReceived", null, null, null],
            referral.Actions.Select(referral.MessageOf));
        Assert.Equal("BfmWaived", waived.PublishedMessage);
        Assert.Equal(bfm.Case.Id.ToString(), waived.CorrelationKey);
        Assert.Null(new BfmScenario().Eligible().Act(BfmScenario.Ifk, "refer", """{"consent":true}""").PublishedMessage);
    }
}
