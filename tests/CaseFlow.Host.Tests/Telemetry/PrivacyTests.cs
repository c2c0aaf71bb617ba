using System.Diagnostics;
using CaseFlow.Host.Auth;
using OpenTelemetry.Metrics;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>What leaves the process in telemetry carries ids and model names, never customer numbers or people's names.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class PrivacyTests(TelemetryWalkthrough walk)
{
    [Fact]
    public async Task No_exported_span_or_metric_label_of_a_bfm_walk_through_carries_a_customer_number_a_customer_name_or_a_staff_name()
    {
        var metrics = await walk.Capture.CollectMetricsAsync();
        var spans = walk.Capture.Spans;
        Assert.Contains(spans, s => s.GetTagItem("db.query.text") is string || s.GetTagItem("db.statement") is string);
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/api/tasks");

        var secrets = walk.CustomerNumbers.Concat(DevelopmentUsers.All.Select(u => u.DisplayName)).Append("Mustermann").ToList();
        var leaks = spans.SelectMany(Texts).Concat(metrics.SelectMany(Texts))
            .Where(text => secrets.Any(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();

        Assert.Empty(leaks);
        Assert.DoesNotContain(spans, s => s.GetTagItem("url.query") is not null);
    }

    private static IEnumerable<string> Texts(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}: {t.Key}={t.Value}").Append(e.Name)))
            .Concat(span.Links.SelectMany(l => l.Tags?.Select(t => $"link: {t.Key}={t.Value}") ?? []))
            .Concat(span.Baggage.Select(b => $"baggage: {b.Key}={b.Value}"));

    private static IEnumerable<string> Texts(MetricSnapshot metric)
    {
        yield return metric.Name;
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                yield return $"{metric.Name} {tag.Key}={tag.Value}";
            }
        }
    }
}
