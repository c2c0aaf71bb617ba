using System.Xml.Linq;
using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>Reads a <c>cf:dueIn</c> attribute: a positive ISO 8601 duration.</summary>
internal static class DueInReader
{
    /// <summary>The duration, or null when the attribute is missing or invalid (then with a problem).</summary>
    public static IsoDuration? Read(XElement element, ProblemList problems)
    {
        var text = CfAttribute(element, "dueIn");
        if (text is null)
        {
            return null;
        }

        if (IsoDuration.TryParse(text, out var duration) && !duration.IsZero)
        {
            if (duration.IsWithinMaximum)
            {
                return duration;
            }

            problems.Add(IdOf(element), IsoDuration.TooLong(text, $"in cf:dueIn an {ElementText.Describe(element)}"));
            return null;
        }

        problems.Add(IdOf(element),
            $"cf:dueIn '{text}' an {ElementText.Describe(element)} ist keine gültige Frist (invalid ISO 8601 duration); "
            + "Beispiele: P5D (5 Tage), P2W (2 Wochen), P1M (1 Monat).");
        return null;
    }
}
