using System.Xml.Linq;
using static CaseFlow.Workflows.Bpmn.Reading.BpmnNames;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>The file's <c>bpmn:message</c> elements as <see cref="MessageDefinition"/>s, and the references to them.</summary>
internal sealed class MessageCatalog
{
    /// <summary>The correlation key when a message names none: the instance's case.</summary>
    public const string DefaultCorrelationKey = "case.id";

    private readonly Dictionary<string, MessageDefinition> definitions = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, XElement> elements;

    public MessageCatalog(IReadOnlyDictionary<string, XElement> messages, ProblemList problems)
    {
        elements = messages;
        foreach (var (id, element) in messages)
        {
            var name = NameOf(element);
            if (name is null)
            {
                problems.Add(id,
                    $"Die Nachricht (message) '{id}' hat keinen Namen (name); über ihn werden Nachrichten zugeordnet, z. B. HandoverConfirmed.");
            }

            var keyText = CfAttribute(element, "correlationKey") ?? DefaultCorrelationKey;
            var key = ExpressionReader.Value(keyText, element, "cf:correlationKey", problems);
            if (name is not null && key is not null)
            {
                definitions[id] = new MessageDefinition(id, name, key);
            }
        }
    }

    /// <summary>
    /// The message <paramref name="referrer"/> names in <paramref name="attribute"/> (for <paramref name="owner"/>);
    /// null with a problem when it names none or an unknown one, null without one when the message itself is faulty.
    /// </summary>
    public MessageDefinition? Resolve(XElement owner, XElement referrer, XName attribute, string label, ProblemList problems)
    {
        var ownerId = IdOf(owner)!;
        var reference = Reference(referrer, attribute);
        if (reference is null)
        {
            problems.Add(ownerId,
                $"{ElementText.Describe(owner)} nennt keine Nachricht ({label} fehlt); bitte eine bpmn:message der Datei angeben.");
            return null;
        }

        if (!elements.ContainsKey(reference))
        {
            problems.Add(ownerId,
                $"{ElementText.Describe(owner)} verweist auf die Nachricht '{reference}', die es nicht gibt (unknown {label}); "
                + "Nachrichten werden als bpmn:message in der Datei definiert.");
            return null;
        }

        return definitions.GetValueOrDefault(reference);
    }
}
