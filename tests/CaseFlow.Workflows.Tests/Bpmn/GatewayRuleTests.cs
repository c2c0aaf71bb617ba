using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class GatewayRuleTests
{
    /// <summary>Start -> Gw (exclusive or other) -> A | B -> End.</summary>
    private static string Split(string gateway, string? conditionA, string? conditionB, string extra = "") => Definitions(
        $"""
        <bpmn:startEvent id="Start" />
        {gateway}
        <bpmn:userTask id="A" cf:candidateRole="FM" />
        <bpmn:userTask id="B" cf:candidateRole="FM" />
        <bpmn:endEvent id="End" />
        {Flow("Flow_In", "Start", "Gw")}
        {Flow("Flow_A", "Gw", "A", conditionA)}
        {Flow("Flow_B", "Gw", "B", conditionB)}
        {Flow("Flow_A_End", "A", "End")}
        {Flow("Flow_B_End", "B", "End")}
        {extra}
        """);

    [Fact]
    public void A_condition_that_does_not_parse_is_refused_naming_the_flow_and_the_expression_error()
    {
        var result = Read(Split("""<bpmn:exclusiveGateway id="Gw" default="Flow_B" />""", "vars.age &gt;", null));

        var problem = AssertProblem(result, "Flow_A", "invalid condition", "'vars.age >'");
        Assert.Contains("Position", problem.Message);
    }

    [Fact]
    public void A_condition_that_is_no_boolean_is_refused()
    {
        AssertProblem(Read(Split("""<bpmn:exclusiveGateway id="Gw" default="Flow_B" />""", "1 + 2", null)), "Flow_A", "boolean", "Zahl");
    }

    [Fact]
    public void An_empty_condition_is_refused()
    {
        AssertProblem(Read(Split("""<bpmn:exclusiveGateway id="Gw" default="Flow_B" />""", " ", null)), "Flow_A", "empty condition");
    }

    [Fact]
    public void Every_outgoing_flow_but_the_default_needs_a_condition()
    {
        var result = Read(Split("""<bpmn:exclusiveGateway id="Gw" />""", "vars.ok = true", null));

        AssertProblem(result, "Flow_B", "missing condition");
        Assert.Single(result.Problems);
    }

    [Fact]
    public void A_default_flow_that_does_not_leave_the_gateway_is_refused()
    {
        var result = Read(Split("""<bpmn:exclusiveGateway id="Gw" default="Flow_A_End" />""", "vars.ok = true", "vars.ok = false"));

        AssertProblem(result, "Gw", "default flow", "'Flow_A_End'");
    }

    [Fact]
    public void The_default_flow_may_not_carry_a_condition()
    {
        var result = Read(Split("""<bpmn:exclusiveGateway id="Gw" default="Flow_B" />""", "vars.ok = true", "vars.ok = false"));

        AssertProblem(result, "Flow_B", "default flow", "keine Bedingung");
    }

    [Fact]
    public void Conditions_are_only_allowed_on_flows_leaving_an_exclusive_gateway()
    {
        var result = Read(Split("""<bpmn:parallelGateway id="Gw" />""", "vars.ok = true", null));

        AssertProblem(result, "Flow_A", "exclusiveGateway");
    }

    [Fact]
    public void Only_exclusive_gateways_have_a_default_flow()
    {
        AssertProblem(Read(Split("""<bpmn:parallelGateway id="Gw" default="Flow_A" />""", null, null)), "Gw", "default flow");
    }

    [Fact]
    public void An_event_based_gateway_leads_to_catch_events_or_receive_tasks_only()
    {
        var result = Read(Split("""<bpmn:eventBasedGateway id="Gw" />""", null, null));

        AssertProblem(result, "Flow_A", "receiveTask", "'A'");
        AssertProblem(result, "Flow_B", "intermediateCatchEvent");
    }

    [Fact]
    public void An_event_based_gateway_needs_at_least_two_targets()
    {
        var xml = Around(
            "Gw",
            """
            <bpmn:eventBasedGateway id="Gw" />
            <bpmn:intermediateCatchEvent id="Wait">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            """).Replace("""targetRef="End" />""", """targetRef="Wait" />""" + Flow("Flow_Wait", "Wait", "End"), StringComparison.Ordinal);

        AssertProblem(Read(xml), "Gw", "at least 2 targets");
    }
}
