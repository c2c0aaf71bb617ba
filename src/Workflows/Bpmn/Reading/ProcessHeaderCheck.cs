using System.Text.RegularExpressions;
using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>The process id is a usable workflow key, <c>cf:caseKind</c> names a known case kind, <c>cf:instancesPerCase</c> is one or many.</summary>
internal static partial class ProcessHeaderCheck
{
    public static void Run(XElement process, BpmnReaderOptions options, ProblemList problems)
    {
        var key = IdOf(process);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            problems.Add(key,
                $"Die Prozess-id '{key}' taugt nicht als Schlüssel (workflow key): 2 bis 63 Zeichen, Kleinbuchstaben, Ziffern und "
                + "Bindestriche, beginnend mit einem Buchstaben, z. B. bfm-referral.");
        }

        if (process.Attribute(Cf("instancesPerCase"))?.Value is { } perCase && perCase is not ("one" or "many"))
        {
            problems.Add(key, $"cf:instancesPerCase am Prozess '{key}' ist 'one' oder 'many', nicht '{perCase}' (instances per case).");
        }

        var caseKind = process.Attribute(Cf("caseKind"))?.Value;
        if (caseKind is null)
        {
            return;
        }

        var kinds = options.CaseKindActions;
        if (string.IsNullOrWhiteSpace(caseKind) || (kinds.Count > 0 && !kinds.ContainsKey(caseKind)))
        {
            var known = kinds.Count > 0 ? $" Bekannt: {string.Join(", ", kinds.Keys)}." : "";
            problems.Add(key, $"Unbekannte Fallart (unknown cf:caseKind) '{caseKind}' am Prozess '{key}'.{known}");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
