using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// A user task's <c>cf:caseAction</c>: one action name, or several separated by spaces when the user decides among them.
/// Each must be an action of the process's <c>cf:caseKind</c>; a bound task needs a case kind.
/// </summary>
internal static class CaseActionReader
{
    public static IReadOnlyList<string> Read(XElement element, string id, ReadContext context)
    {
        var text = CfAttribute(element, "caseAction");
        if (text is null)
        {
            return [];
        }

        var names = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (context.CaseKind is not { } kind)
        {
            context.Problems.Add(id,
                $"{ElementText.Describe(element)} ist an die Fallaktion (cf:caseAction) '{text}' gebunden, der Prozess nennt aber keine Fallart "
                + "(bound task without cf:caseKind). Bitte am Prozess cf:caseKind angeben.");
            return [];
        }

        var kinds = context.Options.CaseKindActions;
        if (kinds.Count > 0 && kinds.TryGetValue(kind, out var actions))
        {
            foreach (var unknown in names.Where(name => !actions.Contains(name)))
            {
                context.Problems.Add(id,
                    $"Die Fallaktion (cf:caseAction) '{unknown}' an {ElementText.Describe(element)} gibt es für Fälle der Art '{kind}' nicht "
                    + $"(unknown case action). Verfügbar: {string.Join(", ", actions)}.");
            }
        }

        return names;
    }
}
