using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// Walks the whole BPMN tree and refuses every element outside the subset (naming its id and BPMN name) and
/// every unknown <c>cf:</c> attribute. Diagram interchange and other namespaces are not the process: ignored.
/// </summary>
internal static class SupportedElementsCheck
{
    public static void Run(XElement definitions, ProblemList problems) => Visit(definitions, problems);

    private static void Visit(XElement element, ProblemList problems)
    {
        CheckCfAttributes(element, problems);
        var allowed = ElementRules.AllowedChildren(element.Name.LocalName);
        foreach (var child in element.Elements().Where(IsBpmn))
        {
            var local = child.Name.LocalName;
            if (local is "documentation" or "extensionElements")
            {
                continue;
            }

            if (!allowed.Contains(local))
            {
                problems.Add(IdOf(child) ?? IdOf(element), Unsupported(child, element));
                continue;
            }

            Visit(child, problems);
        }
    }

    private static string Unsupported(XElement child, XElement parent)
    {
        var local = child.Name.LocalName;
        var where = IdOf(child) is { } id
            ? $"Das Element '{id}' (<{local}>)"
            : $"Das Element <{local}> in {ElementText.Describe(parent)}";
        return $"{where} wird von CaseFlow nicht unterstützt (unsupported element: {local}).{ElementRules.HintFor(local)}";
    }

    private static void CheckCfAttributes(XElement element, ProblemList problems)
    {
        var allowed = ElementRules.AllowedCfAttributes(element.Name.LocalName);
        foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == CfNamespace))
        {
            if (!allowed.Contains(attribute.Name.LocalName))
            {
                var known = allowed.Count > 0 ? $" Erlaubt: {string.Join(", ", allowed.Select(a => "cf:" + a))}." : "";
                problems.Add(IdOf(element),
                    $"Unbekanntes Attribut (unknown attribute) cf:{attribute.Name.LocalName} an {ElementText.Describe(element)}.{known}");
            }
        }
    }
}
