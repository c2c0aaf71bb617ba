using System.Diagnostics;
using OpenTelemetry;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// Removes what may carry personal data from every span before any exporter sees it: the query string of server and
/// client URLs (a search such as <c>?q=</c> carries names and customer numbers) and query parameter values of database
/// commands, whatever an instrumentation's own defaults are. Paths carry ids only; route templates name the spans.
/// </summary>
public sealed class PersonalDataRedaction : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url", "http.target", "url.original"];

    public override void OnEnd(Activity data)
    {
        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }

        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string url && url.IndexOf('?', StringComparison.Ordinal) is var query and >= 0)
            {
                data.SetTag(tag, url[..query]);
            }
        }

        List<string>? parameters = null;
        foreach (var tag in data.TagObjects)
        {
            if (tag.Key.StartsWith("db.query.parameter.", StringComparison.Ordinal))
            {
                (parameters ??= []).Add(tag.Key);
            }
        }

        foreach (var parameter in parameters ?? [])
        {
            data.SetTag(parameter, null);
        }
    }
}
