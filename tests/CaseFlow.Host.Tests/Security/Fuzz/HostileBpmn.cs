using System.Text;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Security.Fuzz;

/// <summary>Hostile BPMN files: malformed or deep XML, DTDs, absurd durations, foreign encodings, cut or flipped files.</summary>
public static class HostileBpmn
{
    public static byte[] Next(Random random, int index)
    {
        var valid = Valid($"fuzz-{index % 50}");
        var text = random.Next(12) switch
        {
            0 => valid.Replace("P5D", Pick(random, "P9999Y", "P11Y", "PT99999999H", "P99999M", "-P1D", "P0D", "R/P1D"), StringComparison.Ordinal),
            1 => valid.Replace("<bpmn:startEvent id=\"Start\" />", Deep(random.Next(101, 20_000)) + "<bpmn:startEvent id=\"Start\" />", StringComparison.Ordinal),
            2 => Xxe,
            3 => valid[..random.Next(valid.Length)],
            4 => valid.Replace("encoding=\"UTF-8\"", $"encoding=\"{Pick(random, "UTF-7", "UTF-16", "ISO-8859-1", "EBCDIC")}\"", StringComparison.Ordinal),
            5 => valid.Replace("name=\"Aufnahme\"", $"name=\"{new string('A', random.Next(1, 300_000))}\"", StringComparison.Ordinal),
            6 => valid.Replace("cf:dueIn=\"P5D\"", "cf:dueIn=\"P5D\"><bpmn:boundaryEvent id=\"T\" attachedToRef=\"Task_Talk\"><bpmn:timerEventDefinition>"
                + $"<bpmn:timeDuration>{Pick(random, "P9999Y", "P10Y", "R/P9999Y", "P1D")}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent></bpmn:userTask",
                StringComparison.Ordinal).Replace("/></bpmn:userTask", "/>", StringComparison.Ordinal),
            7 => valid.Replace("cf:candidateRole=\"FM\"", $"cf:candidateRole=\"{Pick(random, "\u202EFM", "\u200B", "FM\u0000")}\"", StringComparison.Ordinal),
            8 => valid.Replace("cf:trigger=\"accept\"", $"cf:trigger=\"{Pick(random, "bogus", "", "exit")}\"", StringComparison.Ordinal),
            9 => Pick(random, "", "not xml", "<a>", "<?xml version=\"1.0\"?>", "\uFEFF", "<bpmn:definitions/>"),
            _ => null,
        };
        return text is null ? Flip(random, Encoding.UTF8.GetBytes(valid)) : Encoding.UTF8.GetBytes(text);
    }

    private static string Deep(int depth)
    {
        var lanes = new StringBuilder("<bpmn:laneSet id=\"Lanes\">");
        for (var i = 0; i < depth; i++)
        {
            lanes.Append("<bpmn:lane id=\"L").Append(i).Append("\"><bpmn:childLaneSet id=\"S").Append(i).Append("\">");
        }

        for (var i = 0; i < depth; i++)
        {
            lanes.Append("</bpmn:childLaneSet></bpmn:lane>");
        }

        return lanes.Append("</bpmn:laneSet>").ToString();
    }

    /// <summary>Some random bytes of the file replaced by random bytes (invalid UTF-8 included).</summary>
    private static byte[] Flip(Random random, byte[] bytes)
    {
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
