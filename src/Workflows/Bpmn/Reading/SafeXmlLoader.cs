using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CaseFlow.Workflows.Bpmn.Reading;

/// <summary>
/// Loads untrusted XML: at most <see cref="BpmnReader.MaxBytes"/>, at most <see cref="MaxDepth"/> levels (checked while streaming, before the document is built), no DTD (so no entities, no XXE), no
/// resolver (nothing is fetched). Every refusal becomes a problem, never an exception.
/// </summary>
internal static class SafeXmlLoader
{
    /// <summary>Deeper nesting is refused: no real BPMN file comes close, and the checks need not guard their recursion.</summary>
    public const int MaxDepth = 100;

    private static readonly byte[] DoctypeMarker = Encoding.ASCII.GetBytes("<!DOCTYPE");

    public static XDocument? Load(string xml, ProblemList problems)
    {
        if (Encoding.UTF8.GetByteCount(xml) > BpmnReader.MaxBytes)
        {
            problems.Add(null, TooLarge());
            return null;
        }

        return Parse(() => XmlReader.Create(new StringReader(xml), Settings()), xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase), problems);
    }

    public static XDocument? Load(Stream xml, ProblemList problems)
    {
        var bytes = ReadCapped(xml);
        if (bytes is null)
        {
            problems.Add(null, TooLarge());
            return null;
        }

        using var buffer = new MemoryStream(bytes, writable: false);
        var hasDoctype = bytes.AsSpan().IndexOf(DoctypeMarker) >= 0;
        return Parse(
            () =>
            {
                buffer.Position = 0;
                return XmlReader.Create(buffer, Settings());
            },
            hasDoctype,
            problems);
    }

    /// <summary>The stream's bytes, or null when it holds more than <see cref="BpmnReader.MaxBytes"/>.</summary>
    private static byte[]? ReadCapped(Stream xml)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = xml.Read(chunk, 0, chunk.Length)) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > BpmnReader.MaxBytes)
            {
                return null;
            }
        }

        return copy.ToArray();
    }

    private static XDocument? Parse(Func<XmlReader> open, bool hasDoctype, ProblemList problems)
    {
        try
        {
            if (!ShallowEnough(open))
            {
                problems.Add(null, $"Die Datei ist tiefer als {MaxDepth} Ebenen verschachtelt (nesting too deep).");
                return null;
            }

            using var reader = open();
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error) when (hasDoctype || error.Message.Contains("DTD", StringComparison.Ordinal))
        {
            problems.Add(null,
                "Die Datei enthält eine Dokumenttyp-Deklaration (<!DOCTYPE ...>). DTDs und externe Entitäten sind aus "
                + "Sicherheitsgründen nicht erlaubt (DTD/XXE refused); bitte ohne DOCTYPE speichern.");
        }
        catch (XmlException error)
        {
            problems.Add(null, $"Die Datei ist kein wohlgeformtes XML (malformed XML): {error.Message}");
        }

        return null;
    }

    /// <summary>
    /// Streams through the file once (no tree built) and stops at the first element deeper than <see cref="MaxDepth"/>,
    /// before reading further; only a file that passes is parsed into a document.
    /// </summary>
    private static bool ShallowEnough(Func<XmlReader> open)
    {
        using var reader = open();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
            {
                return false;
            }
        }

        return true;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = BpmnReader.MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static string TooLarge() =>
        $"Die Datei ist größer als {BpmnReader.MaxBytes / (1024 * 1024)} MB (file too large).";
}
