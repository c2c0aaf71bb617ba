using Microsoft.Net.Http.Headers;

namespace CaseFlow.Host.Http;

/// <summary>
/// The charsets CaseFlow reads: UTF-8 and its subset US-ASCII. A request body in any other charset (<c>charset=utf-7</c>,
/// <c>latin1</c>, ...) is answered with 415 ProblemDetails before anything reads it; a BPMN file whose XML declaration names
/// another encoding is refused the same way (<see cref="Workflows.BpmnUpload"/>).
/// </summary>
public static class SupportedCharsets
{
    public const string Title = "Falscher Inhaltstyp (unsupported media type)";

    private static readonly string[] Names = ["utf-8", "utf8", "us-ascii", "ascii"];

    /// <summary>True for no charset at all (UTF-8 is then assumed) and for UTF-8 or US-ASCII.</summary>
    public static bool IsSupported(string? charset) =>
        string.IsNullOrEmpty(charset) || Names.Contains(charset.Trim().Trim('"'), StringComparer.OrdinalIgnoreCase);

    /// <summary>The German refusal naming the charset that was sent.</summary>
    public static string Refusal(string charset) =>
        $"Der Zeichensatz '{charset}' wird nicht unterstützt (unsupported charset); bitte UTF-8 senden (charset=utf-8).";

    /// <summary>Answers a request body in an unsupported charset with 415 ProblemDetails (after authentication and authorization).</summary>
    public static IApplicationBuilder UseSupportedCharsets(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var contentType = context.Request.ContentType;
            if (contentType is not null
                && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
                && !IsSupported(parsed.Charset.Value))
            {
                await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, Title, Refusal(parsed.Charset.Value!));
                return;
            }

            await next(context);
        });
}
