namespace CaseFlow.Workflows.Tests.StateMachines;

public sealed class MermaidExportTests
{
    [Fact]
    public void The_diagram_nests_substates_and_labels_transitions_with_triggers_and_guards()
    {
        var mermaid = TicketMachine.Build().ToMermaid();

        Assert.StartsWith("stateDiagram-v2", mermaid);
        Assert.Contains("[*] --> New", mermaid);
        Assert.Contains("state Open {", mermaid);
        Assert.Contains("New --> Working : open [approved]", mermaid);
        Assert.Contains("Open --> Open : comment (intern)", mermaid);
        Assert.Contains("Working --> Waiting : pause", mermaid);
        Assert.DoesNotContain("classDef", mermaid);
    }

    [Fact]
    public void The_current_state_is_marked_with_a_class()
    {
        var mermaid = TicketMachine.Build().ToMermaid(TicketMachine.State.Waiting);

        Assert.Contains("classDef current", mermaid);
        Assert.Contains("class Waiting current", mermaid);
    }
}
