using CaseFlow.Workflows.Cases;
using static CaseFlow.Workflows.Tests.Cases.BfmScenario;
using static CaseFlow.Workflows.Tests.Cases.OutreachScenario;

namespace CaseFlow.Workflows.Tests.Cases;

public sealed class OutreachRoleTests
{
    [Fact]
    public void Only_an_ifk_hands_over()
    {
        var scenario = new OutreachScenario();

        Assert.Equal("IFK", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Adviser, "hand-over", FullForm)).RequiredRole);
        Assert.Equal("IFK", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Fm, "hand-over", FullForm)).RequiredRole);
        Assert.True(scenario.Allowed(Pap, "hand-over").Allowed);
        Assert.Contains(scenario.Allowed(Adviser, "hand-over").Reasons, r => r.StartsWith("Nur für Integrationsfachkraft"));
    }

    [Theory]
    [InlineData("take-over", null)]
    [InlineData("record-visit", ByTwo)]
    [InlineData("extend", """{"justification":"Grund","until":"2027-06-01"}""")]
    [InlineData("record-sanction-decision", """{"decision":"keine","agreedWithPap":true}""")]
    [InlineData("activated", null)]
    [InlineData("hold-joint-meeting", """{"participants":["customer","pAp","aB-pAp"]}""")]
    [InlineData("return-early", null)]
    [InlineData("complete-task", null)]
    public void The_outreach_actions_are_for_the_outreach_adviser_only(string action, string? data)
    {
        var scenario = new OutreachScenario().Queued();

        Assert.Equal("ABPAP", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Pap, action, data, "Grund")).RequiredRole);
        Assert.Equal("ABPAP", Assert.Throws<ActionForbiddenException>(() => scenario.Act(Fm, action, data, "Grund")).RequiredRole);
        Assert.Equal("Queued", scenario.Case.State);
    }

    [Fact]
    public void Each_state_offers_only_its_own_actions()
    {
        var queued = new OutreachScenario().Queued();
        var single = new OutreachScenario().SingleTask();

        Assert.True(queued.Allowed(Adviser, "take-over").Allowed);
        Assert.False(queued.Allowed(Adviser, "complete-task").Allowed);
        Assert.True(single.Allowed(OtherAdviser, "complete-task").Allowed);
        Assert.False(single.Allowed(OtherAdviser, "take-over").Allowed);
        Assert.Equal(["state"], single.Refused(OtherAdviser, "take-over"));
    }
}
