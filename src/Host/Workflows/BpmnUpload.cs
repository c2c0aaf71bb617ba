using System.Text;
using System.Text.RegularExpressions;
using CaseFlow.Host.Http;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Bpmn;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// Reads a BPMN file from a request body: XML content types only (else refused as unsupported media type), at most
/// <see cref="BpmnReader.MaxBytes"/> (else refused as too large, without reading more than that), then checked by
/// <see cref="BpmnReader"/>.
/// </summary>
internal static partial class BpmnUpload
{
    /// <summary>The uploaded text and the reader's verdict on it.</summary>
    public sealed record Uploaded(string Xml, BpmnReadResult Result);

    private static readonly string[] XmlMediaTypes = ["application/xml", "text/xml"];

    /// <summary>The body text and what the reader made of it, or the refusal (file too large, not XML).</summary>
    public static async Task<(Uploaded? File, Refusal? Refusal)> ReadAsync(
        HttpRequest request, BpmnReaderOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !XmlMediaTypes.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Refusal.UnsupportedMediaType(
                $"Bitte die BPMN-Datei als XML senden (Content-Type application/xml oder text/xml), nicht '{request.ContentType}'."));
        }

        if (!SupportedCharsets.IsSupported(contentType.Charset.Value))
        {
            return (null, Refusal.UnsupportedMediaType(SupportedCharsets.Refusal(contentType.Charset.Value!)));
        }

        var bytes = await ReadCappedAsync(request, cancellationToken);
        if (bytes is null)
        {
            return (null, Refusal.FileTooLarge(
                $"BPMN-Dateien dürfen höchstens {BpmnReader.MaxBytes / (1024 * 1024)} MB groß sein."));
        }

        var xml = Decode(bytes);
        if (DeclaredEncoding(xml) is { } declared && !SupportedCharsets.IsSupported(declared))
        {
            return (null, Refusal.UnsupportedMediaType(
                $"Die XML-Deklaration nennt die Kodierung '{declared}' (unsupported encoding); bitte als UTF-8 speichern (encoding=\"UTF-8\")."));
        }

        return (new Uploaded(xml, BpmnReader.Read(xml, options)), null);
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > BpmnReader.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > BpmnReader.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>UTF-8 (the only charset accepted; US-ASCII is a subset), or what a byte order mark says.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The <c>encoding</c> of the XML declaration (<c>&lt;?xml version="1.0" encoding="..."?&gt;</c>), or null.</summary>
    private static string? DeclaredEncoding(string xml)
    {
        var match = XmlDeclaration().Match(xml);
        return match.Success ? match.Groups["e"].Value : null;
    }

    [GeneratedRegex(@"^\uFEFF?\s*<\?xml[^>]*?\sencoding\s*=\s*[""'](?<e>[^""']*)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();
}
