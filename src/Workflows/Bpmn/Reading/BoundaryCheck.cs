using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Boundary events hang on an existing user or receive task (the timer itself is read by <see cref="EventReader"/>).</summary>
internal static class BoundaryCheck
{
    public static void Run(ProcessCatalog catalog, ProblemList problems)
    {
        foreach (var boundary in catalog.NodesOf(Tags.BoundaryEvent))
        {
            var id = IdOf(boundary)!;
            var attachedTo = Reference(boundary, "attachedToRef");
            if (attachedTo is null)
            {
                problems.Add(id, $"{ElementText.Describe(boundary)} hängt an keiner Aufgabe (attachedToRef fehlt).");
            }
            else if (catalog.Node(attachedTo) is not { } task)
            {
                if (!catalog.IsRefused(attachedTo))
                {
                    problems.Add(id, $"{ElementText.Describe(boundary)} hängt an '{attachedTo}', das es nicht gibt (attachedToRef).");
                }
            }
            else if (task.Name.LocalName is not (Tags.UserTask or Tags.ReceiveTask))
            {
                problems.Add(id,
                    $"{ElementText.Describe(boundary)} hängt an {ElementText.Describe(task)}; Randereignisse (boundary events) "
                    + "gibt es nur an Benutzeraufgaben (userTask) und Empfangsaufgaben (receiveTask).");
            }
        }
    }
}
