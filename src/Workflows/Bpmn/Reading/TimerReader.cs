using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseFlow.Workflows.Expressions;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// Reads a <c>timerEventDefinition</c>: <c>timeDuration</c> (ISO 8601 duration), <c>timeCycle</c> (<c>R/P3M</c>, <c>R4/P3M</c>)
/// or the <c>cf:dueDate</c> expression (see <see cref="DueDateReader"/>).
/// </summary>
internal static partial class TimerReader
{
    private const string Examples = "Beispiele: P6M (6 Monate), P14D (14 Tage), PT12H (12 Stunden).";

    public static TimerDefinition? Read(XElement definition, string ownerId, ProblemList problems)
    {
        if (CfAttribute(definition, "dueDate") is { } dueDate)
        {
            return DueDateReader.Read(definition, dueDate, ownerId, problems);
        }

        var parts = definition.Elements().Where(e => IsBpmn(e) && e.Name.LocalName is "timeDuration" or "timeCycle" or "timeDate").ToList();
        if (parts.Count != 1)
        {
            problems.Add(ownerId,
                $"Der Timer von '{ownerId}' braucht genau eine Angabe (timer definition): timeDuration (z. B. P6M) oder timeCycle (z. B. R/P3M).");
            return null;
        }

        var text = NonEmpty(parts[0].Value) ?? "";
        switch (parts[0].Name.LocalName)
        {
            case "timeDate":
                problems.Add(ownerId,
                    $"Der Timer von '{ownerId}' nennt einen festen Zeitpunkt (timeDate '{text}'); das wird nicht unterstützt, weil jede Instanz "
                    + "zu ihrer eigenen Zeit läuft. Bitte eine Dauer (timeDuration, z. B. P14D) oder einen Zyklus (timeCycle, z. B. R/P3M) angeben.");
                return null;
            case "timeDuration":
                return Duration(text, ownerId, "timeDuration", problems) is { } duration ? new TimerDefinition(duration, false, null) : null;
            default:
                return Cycle(text, ownerId, problems);
        }
    }

    private static TimerDefinition? Cycle(string text, string ownerId, ProblemList problems)
    {
        var match = CyclePattern().Match(text);
        if (!match.Success)
        {
            problems.Add(ownerId,
                $"Der Timer-Zyklus (timeCycle) '{text}' von '{ownerId}' ist ungültig: erwartet R/<Dauer> (unbegrenzt) oder R<Anzahl>/<Dauer>, "
                + "z. B. R/P3M oder R4/P3M.");
            return null;
        }

        int? repetitions = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
        if (repetitions == 0)
        {
            problems.Add(ownerId, $"Der Timer-Zyklus (timeCycle) '{text}' von '{ownerId}' wiederholt sich 0-mal; die Anzahl muss mindestens 1 sein.");
            return null;
        }

        return Duration(match.Groups["d"].Value, ownerId, "timeCycle", problems) is { } duration
            ? new TimerDefinition(duration, true, repetitions)
            : null;
    }

    private static IsoDuration? Duration(string text, string ownerId, string what, ProblemList problems)
    {
        if (!IsoDuration.TryParse(text, out var duration))
        {
            problems.Add(ownerId, $"Die Dauer '{text}' im Timer ({what}) von '{ownerId}' ist keine ISO-8601-Dauer (invalid duration). {Examples}");
            return null;
        }

        if (duration.IsZero)
        {
            problems.Add(ownerId, $"Die Dauer '{text}' im Timer ({what}) von '{ownerId}' ist null (zero duration); der Timer muss in der Zukunft liegen.");
            return null;
        }

        if (!duration.IsWithinMaximum)
        {
            problems.Add(ownerId, IsoDuration.TooLong(text, $"im Timer ({what}) von '{ownerId}'"));
            return null;
        }

        return duration;
    }

    [GeneratedRegex(@"^R(?<n>\d{1,6})?/(?<d>P[^/]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CyclePattern();
}
