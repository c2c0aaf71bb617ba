using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;
using static CaseFlow.Workflows.Tests.Cases.OutreachScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class OutreachGuardTests
{
    [Fact]
    public void A_customer_aged_25_cannot_get_an_outreach_case_and_one_a_day_younger_can()
    {
        var lifecycle = new OutreachScenario().Lifecycle;
        var twentyFive = new Customer { CustomerNumber = "K1", BirthDate = new DateOnly(2001, 11, 2), ResponsibleCaseworker = Pap.UserName };
        var twentyFour = new Customer { CustomerNumber = "K2", BirthDate = new DateOnly(2001, 11, 3), ResponsibleCaseworker = Pap.UserName };

        var refusal = lifecycle.OpenRefusal(twentyFive, Berlin.Calendar.DateOf(Start));

        Assert.Equal("Die aufsuchende Beratung U25 ist nur für Kundinnen und Kunden unter 25 Jahren (age limit): die Kundin/der Kunde ist 25 Jahre alt.", refusal);
        Assert.Null(lifecycle.OpenRefusal(twentyFour, Berlin.Calendar.DateOf(Start)));
        Assert.Equal(refusal, Assert.Throws<InvalidOperationException>(() => lifecycle.Open(twentyFive, Pap, Start, Berlin.Calendar)).Message);
    }

    [Fact]
    public void A_configured_age_limit_changes_who_may_be_handed_over()
    {
        var scenario = new OutreachScenario(new OutreachRuleSet { MaximumAge = 27 }, birthDate: new DateOnly(2000, 1, 1));

        scenario.Act(Pap, "hand-over", FullForm);

        Assert.Equal("Queued", scenario.Case.State);
    }

    [Fact]
    public void A_customer_who_turned_25_since_the_draft_is_refused_at_hand_over()
    {
        var scenario = new OutreachScenario(birthDate: new DateOnly(2001, 11, 20));
        scenario.Now = Start.AddDays(20);

        Assert.Equal(["ageLimit"], scenario.Refused(Pap, "hand-over", FullForm));
        Assert.Contains("unter 25 Jahren", Assert.Single(scenario.Allowed(Pap, "hand-over").Reasons));
        Assert.Equal(["ageLimit"], scenario.Refused(Pap, "hand-over", SingleTaskForm));
    }

    [Theory]
    [InlineData(FullForm)]
    [InlineData(SingleTaskForm)]
    public void Without_the_hand_over_talk_there_is_no_hand_over(string form)
    {
        var scenario = new OutreachScenario();
        var data = form.Replace("\"handoverTalkHeld\":true", "\"handoverTalkHeld\":false");

        Assert.Equal(["handoverTalk"], scenario.Refused(Pap, "hand-over", data));
        Assert.Equal(
            "Vor der Übergabe führen pAp und aB-pAp ein Übergabegespräch (Transparenz): data.handoverTalkHeld muss true sein.",
            scenario.RefusalText(Pap, "hand-over", data));
    }

    [Theory]
    [InlineData("""{"form":"AB-Einzelauftrag","handoverTalkHeld":true}""", "data.adviser")]
    [InlineData("""{"form":"AB-Auftrag-Fallübergabe","handoverTalkHeld":true,"adviser":"ab.roth"}""", "data.adviser")]
    [InlineData("""{"form":"Überweisung","handoverTalkHeld":true}""", "data.form")]
    [InlineData("""{"handoverTalkHeld":true}""", "data.form")]
    [InlineData("""{"form":"AB-Auftrag-Fallübergabe"}""", "data.handoverTalkHeld")]
    public void A_hand_over_names_its_form_and_for_a_single_task_the_adviser(string data, string field)
    {
        var scenario = new OutreachScenario();

        Assert.Equal(field, Assert.Throws<ActionInputException>(() => scenario.Act(Pap, "hand-over", data)).Field);
        Assert.Equal("Draft", scenario.Case.State);
    }

    [Theory]
    [InlineData("""{"companions":[]}""")]
    [InlineData("""{"companions":["ab.kaya"]}""")]
    [InlineData("""{}""")]
    public void A_visit_needs_a_second_staff_member(string data)
    {
        var scenario = new OutreachScenario().InActivation();

        Assert.Equal(["secondStaffMember"], scenario.Refused(Adviser, "record-visit", data));
        Assert.StartsWith("Besuche finden in der Regel zu zweit statt", scenario.RefusalText(Adviser, "record-visit", data));
    }

    [Fact]
    public void A_visit_cannot_be_dated_in_the_future_or_before_the_take_over()
    {
        var scenario = new OutreachScenario().InActivation();

        Assert.Equal(["visitedOn"], scenario.Refused(Adviser, "record-visit", """{"companions":["ab.roth"],"visitedOn":"2026-11-03"}"""));
        Assert.Equal(["visitedOn"], scenario.Refused(Adviser, "record-visit", """{"companions":["ab.roth"],"visitedOn":"2026-11-01"}"""));
    }

    [Fact]
    public void Sanction_decisions_need_the_agreement_of_the_handing_over_pap()
    {
        var scenario = new OutreachScenario().InActivation();
        const string alone = """{"decision":"Minderung","agreedWithPap":false}""";

        Assert.Equal(["agreedWithPap"], scenario.Refused(Adviser, "record-sanction-decision", alone));
        Assert.Contains("gemeinsam mit der überstellenden pAp (pap.hoff)", scenario.RefusalText(Adviser, "record-sanction-decision", alone));
        Assert.Equal("data.decision", Assert.Throws<ActionInputException>(() => scenario.Act(Adviser, "record-sanction-decision", """{"agreedWithPap":true}""")).Field);
    }

    [Theory]
    [InlineData("""["customer","pAp"]""")]
    [InlineData("""["customer","aB-pAp"]""")]
    [InlineData("""["pAp","aB-pAp","Mutter"]""")]
    public void The_joint_meeting_needs_customer_pap_and_outreach_adviser(string participants)
    {
        var scenario = new OutreachScenario().AtJointMeeting();

        Assert.Equal(["participants"], scenario.Refused(Adviser, "hold-joint-meeting", $$"""{"participants":{{participants}}}"""));
        Assert.Contains("customer, pAp, aB-pAp", scenario.RefusalText(Adviser, "hold-joint-meeting", $$"""{"participants":{{participants}}}"""));
    }

    [Fact]
    public void Early_return_reasons_are_free_text_until_they_are_configured()
    {
        var free = new OutreachScenario().InActivation();
        var closed = new OutreachScenario(new OutreachRuleSet { EarlyReturnReasons = ["Mitwirkung nicht herstellbar", "Umzug"] }).InActivation();

        free.Act(Adviser, "return-early", reason: "irgendein dokumentierter Grund");
        Assert.Equal(["earlyReturnReason"], closed.Refused(Adviser, "return-early", reason: "keine Lust"));
        Assert.Contains("Mitwirkung nicht herstellbar, Umzug", closed.RefusalText(Adviser, "return-early", reason: "keine Lust"));
        closed.Act(Adviser, "return-early", reason: "umzug");
        Assert.Equal(("Returned", "Returned"), (free.Case.State, closed.Case.State));
        Assert.Equal("reason", Assert.Throws<ActionInputException>(() => new OutreachScenario().InActivation().Act(Adviser, "return-early")).Field);
    }
}
