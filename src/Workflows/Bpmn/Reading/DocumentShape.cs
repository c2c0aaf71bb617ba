using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>The file's outline: BPMN definitions with exactly one process and at most one collaboration with one participant.</summary>
internal static class DocumentShape
{
    /// <summary>The one process of the file, or null (with a problem) when there is none or several.</summary>
    public static XElement? FindProcess(XDocument document, ProblemList problems)
    {
        var root = document.Root!;
        if (root.Name != BpmnName("definitions"))
        {
            problems.Add(null,
                $"Die Datei ist kein BPMN-2.0-Modell (not a BPMN 2.0 file): das Wurzelelement ist <{root.Name.LocalName}>"
                + $" im Namensraum '{root.Name.NamespaceName}', erwartet <definitions> im Namensraum '{Model.NamespaceName}'.");
            return null;
        }

        var processes = root.Elements(BpmnName("process")).ToList();
        if (processes.Count == 0)
        {
            problems.Add(null, "Die Datei enthält keinen Prozess (no bpmn:process).");
            return null;
        }

        if (processes.Count > 1)
        {
            var ids = string.Join(", ", processes.Select(p => $"'{IdOf(p) ?? "?"}'"));
            problems.Add(IdOf(processes[1]),
                $"Die Datei enthält {processes.Count} Prozesse ({ids}); CaseFlow erwartet genau einen Prozess pro Datei (exactly one process).");
            return null;
        }

        CheckCollaboration(root, IdOf(processes[0]), problems);
        return processes[0];
    }

    private static void CheckCollaboration(XElement definitions, string? processId, ProblemList problems)
    {
        var collaborations = definitions.Elements(BpmnName("collaboration")).ToList();
        foreach (var extra in collaborations.Skip(1))
        {
            problems.Add(IdOf(extra), "Die Datei enthält mehrere Kollaborationen (collaboration); erlaubt ist höchstens eine mit einem Beteiligten.");
        }

        foreach (var collaboration in collaborations.Take(1))
        {
            var participants = collaboration.Elements(BpmnName("participant")).ToList();
            foreach (var extra in participants.Skip(1))
            {
                problems.Add(IdOf(extra),
                    "Mehrere Beteiligte (participants/pools) werden nicht unterstützt; eine Datei beschreibt einen Prozess. "
                    + "Rollen bitte als Lanes (bpmn:lane cf:role) modellieren.");
            }

            foreach (var participant in participants.Take(1))
            {
                var processRef = Reference(participant, "processRef");
                if (processRef is not null && processRef != processId)
                {
                    problems.Add(IdOf(participant),
                        $"Der Beteiligte (participant) verweist auf den Prozess '{processRef}', die Datei enthält aber '{processId}'.");
                }
            }
        }
    }
}
