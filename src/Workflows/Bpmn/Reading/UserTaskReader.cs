using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>A user task: its candidate role (own <c>cf:candidateRole</c> or the lane's), assignee, due time, form and bound case actions.</summary>
internal static class UserTaskReader
{
    public static UserTask? Read(XElement element, NodeBasics b, ReadContext context)
    {
        var problems = context.Problems;
        var before = problems.Count;
        var own = CfAttribute(element, "candidateRole");
        var role = own ?? b.LaneRole;
        if (own is not null && !context.Roles.IsKnown(own))
        {
            problems.Add(b.Id,
                $"{ElementText.Describe(element)} nennt die unbekannte Rolle (unknown cf:candidateRole) '{own}'. Erlaubt: {context.Roles.Vocabulary}.");
        }
        else if (role is null)
        {
            problems.Add(b.Id,
                $"{ElementText.Describe(element)} hat keine Rolle (no candidate role): niemand sähe die Aufgabe. Bitte cf:candidateRole setzen "
                + "oder die Aufgabe in eine Lane mit cf:role legen.");
        }
        else if (RoleRules.IsProvider(role))
        {
            var source = own is null ? "liegt in einer Lane des Trägers (cf:role=\"Provider\")" : "nennt cf:candidateRole=\"Provider\"";
            problems.Add(b.Id,
                $"{ElementText.Describe(element)} {source}; Träger (provider) bearbeiten keine Aufgaben in CaseFlow. "
                + "Auf ihre Antwort bitte mit einer Empfangsaufgabe (receiveTask) oder einem Nachrichtenereignis warten.");
        }

        var assignee = ExpressionReader.Attribute(element, "assignee", problems, mustBeText: true);
        var dueIn = DueInReader.Read(element, problems);
        var caseActions = CaseActionReader.Read(element, b.Id, context);
        return problems.Count > before
            ? null
            : new UserTask
            {
                Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing,
                CandidateRole = role, Assignee = assignee, DueIn = dueIn, FormKey = CfAttribute(element, "formKey"),
                CaseActions = caseActions,
            };
    }
}
