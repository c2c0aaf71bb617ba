using System.Text;
using CaseFlow.Workflows.Bpmn;
using static CaseFlow.Workflows.Tests.Bpmn.BpmnFiles;

namespace CaseFlow.Workflows.Tests.Bpmn;

public sealed class SafeReadingTests
{
    private const string Xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE bpmn:definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">
          <bpmn:process id="xxe-flow" name="&xxe;"><bpmn:startEvent id="Start" /></bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void An_external_entity_payload_is_refused_as_a_dtd_without_reading_the_file_it_names()
    {
        var result = Read(Xxe);

        var problem = AssertProblem(result, null, "DTD/XXE refused");
        Assert.Single(result.Problems);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_payload_in_a_stream_is_refused_as_well()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xxe));

        AssertProblem(BpmnReader.Read(stream, Options), null, "DTD/XXE refused");
    }

    [Fact]
    public void Any_document_type_declaration_is_refused_even_without_entities()
    {
        var xml = Definitions("""<bpmn:startEvent id="Start" />""").Replace(
            "<bpmn:definitions", "<!DOCTYPE bpmn:definitions [ <!ELEMENT bpmn:definitions ANY> ]>\n<bpmn:definitions", StringComparison.Ordinal);

        AssertProblem(Read(xml), null, "<!DOCTYPE");
    }

    [Fact]
    public void A_file_above_two_megabytes_is_refused_before_it_is_parsed()
    {
        var padding = $"<bpmn:documentation>{new string('x', BpmnReader.MaxBytes)}</bpmn:documentation>";
        var xml = Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />""").Replace("<bpmn:startEvent", padding + "<bpmn:startEvent", StringComparison.Ordinal);

        AssertProblem(Read(xml), null, "2 MB", "file too large");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        AssertProblem(BpmnReader.Read(stream, Options), null, "file too large");
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        const int depth = 20_000;
        var lanes = new StringBuilder();
        for (var level = 0; level < depth; level++)
        {
            lanes.Append($"<bpmn:lane id=\"L{level}\"><bpmn:childLaneSet id=\"S{level}\">");
        }

        for (var level = 0; level < depth; level++)
        {
            lanes.Append("</bpmn:childLaneSet></bpmn:lane>");
        }

        var xml = Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />""").Replace(
            "<bpmn:startEvent", $"<bpmn:laneSet id=\"Lanes\">{lanes}</bpmn:laneSet><bpmn:startEvent", StringComparison.Ordinal);

        AssertProblem(Read(xml), null, "nesting too deep");
    }

    [Fact]
    public void Deep_nesting_is_refused_while_streaming_before_the_rest_of_the_file_is_read()
    {
        // 656 KB of nesting, then text that is not XML at all: a reader that parsed the whole file first would report the
        // malformed end; the streaming check stops at level 101 and never reaches it.
        var deep = new StringBuilder();
        for (var level = 0; level < 20_000; level++)
        {
            deep.Append($"<bpmn:lane id=\"L{level}\">");
        }

        var xml = Around("Task", """<bpmn:userTask id="Task" cf:candidateRole="FM" />""").Replace(
            "<bpmn:startEvent", $"<bpmn:laneSet id=\"Lanes\">{deep}<<< kein XML &&& ]]>", StringComparison.Ordinal);

        var result = Read(xml);

        AssertProblem(result, null, "nesting too deep");
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("malformed XML", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Das ist keine Datei.")]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"a\">")]
    public void Text_that_is_not_well_formed_xml_is_refused(string text)
    {
        var result = Read(text);

        AssertProblem(result, null, "malformed XML");
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Xml_that_is_not_bpmn_is_refused()
    {
        AssertProblem(Read("<workflow id=\"a\" />"), null, "not a BPMN 2.0 file", "<workflow>");
    }

    [Fact]
    public void A_file_with_two_processes_is_refused()
    {
        var xml = Definitions("""<bpmn:startEvent id="Start" />""", outside: """<bpmn:process id="other-flow" />""");

        AssertProblem(Read(xml), "test-flow", "exactly one process");
    }

    [Fact]
    public void A_file_without_a_process_is_refused()
    {
        var xml = """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" />""";

        AssertProblem(Read(xml), null, "no bpmn:process");
    }
}
