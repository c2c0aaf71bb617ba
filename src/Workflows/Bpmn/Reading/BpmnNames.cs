using System.Xml.Linq;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>The XML namespaces of the CaseFlow BPMN subset and how attributes and references are read.</summary>
internal static class BpmnNames
{
    public static readonly XNamespace Model = BpmnReader.BpmnNamespace;
    public static readonly XNamespace CfNamespace = BpmnReader.CaseFlowNamespace;

    /// <summary>A BPMN model element by local name, e.g. <c>BpmnName("userTask")</c>.</summary>
    public static XName BpmnName(string localName) => Model + localName;

    public static XName Cf(string localName) => CfNamespace + localName;

    public static bool IsBpmn(XElement element) => element.Name.Namespace == Model;

    public static string? IdOf(XElement element) => NonEmpty(element.Attribute("id")?.Value);

    public static string? NameOf(XElement element) => NonEmpty(element.Attribute("name")?.Value);

    /// <summary>A <c>cf:</c> attribute's trimmed value, or null when it is missing or blank.</summary>
    public static string? CfAttribute(XElement element, string localName) => NonEmpty(element.Attribute(Cf(localName))?.Value);

    /// <summary>A reference attribute (IDREF or QName) without a prefix: <c>tns:Message_1</c> -> <c>Message_1</c>.</summary>
    public static string? Reference(XElement element, XName attributeName)
    {
        var text = NonEmpty(element.Attribute(attributeName)?.Value);
        return text is null ? null : text[(text.LastIndexOf(':') + 1)..];
    }

    public static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
