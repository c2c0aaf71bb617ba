using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Every id occurs once in the file, and every element the process is made of has one.</summary>
internal static class IdCheck
{
    private static readonly HashSet<string> NeedIds = new([.. Tags.FlowNodes, Tags.SequenceFlow, Tags.Lane, Tags.Message, "process"], StringComparer.Ordinal);

    public static void Run(XElement definitions, ProblemList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in definitions.DescendantsAndSelf())
        {
            var id = IdOf(element);
            if (id is null)
            {
                if (IsBpmn(element) && NeedIds.Contains(element.Name.LocalName))
                {
                    var name = NameOf(element) is { } n ? $" (Name '{n}')" : "";
                    problems.Add(null, $"{ElementText.Kind(element.Name.LocalName)}{name} hat keine id (missing id).");
                }

                continue;
            }

            if (!seen.Add(id) && reported.Add(id))
            {
                problems.Add(id, $"Die id '{id}' kommt mehrfach vor (duplicate id); jede id muss eindeutig sein.");
            }
        }
    }
}
