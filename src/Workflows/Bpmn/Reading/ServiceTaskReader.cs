using System.Xml.Linq;
using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>A service task: its <c>cf:action</c> and exactly the attributes that action uses.</summary>
internal static class ServiceTaskReader
{
    /// <summary>When a follow-up is due if <c>cf:dueIn</c> does not say: after 7 days.</summary>
    public static readonly IsoDuration DefaultFollowUpDueIn = new(0, 0, 7, TimeSpan.Zero);

    private static readonly Dictionary<string, (ServiceAction Action, string[] Required, string[] Optional)> Actions = new(StringComparer.Ordinal)
    {
        ["case.fire"] = (ServiceAction.CaseFire, ["trigger"], ["reason"]),
        ["followUp"] = (ServiceAction.FollowUp, ["assignee", "text"], ["dueIn"]),
        ["notify"] = (ServiceAction.Notify, ["assignee", "text"], []),
        ["publish"] = (ServiceAction.Publish, ["message"], []),
    };

    public static ServiceTask? Read(XElement element, NodeBasics b, ReadContext context)
    {
        var problems = context.Problems;
        var name = CfAttribute(element, "action");
        if (name is null || !Actions.TryGetValue(name, out var spec))
        {
            var what = name is null ? "hat keine Aktion (missing cf:action)" : $"nennt die unbekannte Aktion (unknown cf:action) '{name}'";
            problems.Add(b.Id, $"{ElementText.Describe(element)} {what}. Erlaubt: {string.Join(", ", Actions.Keys)}.");
            return null;
        }

        var before = problems.Count;
        foreach (var missing in spec.Required.Where(a => CfAttribute(element, a) is null))
        {
            problems.Add(b.Id, $"{ElementText.Describe(element)} mit cf:action=\"{name}\" braucht cf:{missing} (missing attribute).");
        }

        var used = spec.Required.Concat(spec.Optional).Append("action").ToHashSet(StringComparer.Ordinal);
        foreach (var extra in element.Attributes().Where(a => a.Name.Namespace == CfNamespace && !used.Contains(a.Name.LocalName)))
        {
            problems.Add(b.Id,
                $"cf:{extra.Name.LocalName} an {ElementText.Describe(element)} gilt nicht für cf:action=\"{name}\" (attribute not used by this action); "
                + $"verwendet werden: {string.Join(", ", used.Select(a => "cf:" + a))}.");
        }

        var trigger = CfAttribute(element, "trigger");
        if (spec.Action == ServiceAction.CaseFire && trigger is not null)
        {
            CheckTrigger(trigger, b.Id, context);
        }

        var reason = ExpressionReader.Attribute(element, "reason", problems);
        var assignee = ExpressionReader.Attribute(element, "assignee", problems, mustBeText: true);
        var dueIn = DueInReader.Read(element, problems);
        var message = spec.Action == ServiceAction.Publish && CfAttribute(element, "message") is not null
            ? context.Messages.Resolve(element, element, Cf("message"), "cf:message", problems)
            : null;
        return problems.Count > before
            ? null
            : new ServiceTask
            {
                Id = b.Id, Name = b.Name, LaneRole = b.LaneRole, Incoming = b.Incoming, Outgoing = b.Outgoing,
                Action = spec.Action, Trigger = trigger, Reason = reason, Assignee = assignee, Text = CfAttribute(element, "text"),
                DueIn = spec.Action == ServiceAction.FollowUp ? dueIn ?? DefaultFollowUpDueIn : null,
                Message = message,
            };
    }

    private static void CheckTrigger(string trigger, string id, ReadContext context)
    {
        var kinds = context.Options.CaseKindActions;
        if (kinds.Count == 0)
        {
            return;
        }

        if (context.CaseKind is { } kind)
        {
            if (kinds.TryGetValue(kind, out var actions) && !actions.Contains(trigger))
            {
                context.Problems.Add(id,
                    $"Die Aktion (cf:trigger) '{trigger}' gibt es für Fälle der Art '{kind}' nicht (unknown trigger). Verfügbar: {string.Join(", ", actions)}.");
            }
        }
        else if (!kinds.Values.Any(actions => actions.Contains(trigger)))
        {
            context.Problems.Add(id,
                $"Die Aktion (cf:trigger) '{trigger}' gibt es in keiner Fallart (unknown trigger). "
                + "Bitte am Prozess cf:caseKind angeben und eine Aktion dieser Fallart wählen.");
        }
    }
}
