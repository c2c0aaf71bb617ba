using System.Diagnostics;
using System.Net;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Infrastructure.Flow;
using static CaseFlow.Host.Tests.Providers.HandoverSteps;
using static CaseFlow.Host.Tests.Providers.ProviderSteps;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>Traces across CaseFlow's outbox: a stored traceparent carries the trace from the request to the workflow step.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceTests(TracedApp traced) : IClassFixture<TracedApp>
{
    private readonly CaseFlowApp app = traced.App;
    private readonly TelemetryCapture capture = traced.Capture;

    [Fact]
    public async Task A_providers_confirmation_is_one_trace_from_its_http_request_through_the_outbox_and_bus_to_the_workflow_step()
    {
        var (caseId, instanceId, _) = await AwaitingProviderAsync(app);

        var confirmed = await ConfirmAsync(WithApiKey(app, SuchtMitteKey), caseId);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await app.ProcessEngineAsync();

        var request = await capture.SpanAsync(
            s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == $"/api/provider/handovers/{caseId}/confirm",
            "for the provider's POST confirm");
        Assert.Equal("POST /api/provider/handovers/{id:guid}/confirm", request.DisplayName);
        var step = await capture.SpanAsync(
            s => s.TraceId == request.TraceId && s.DisplayName == "workflow step provider-referral" && instanceId.Equals(s.GetTagItem(CaseFlowTags.InstanceId)),
            "for the workflow step in the request's trace");
        var chain = await AncestryAsync(step, request);
        Assert.Equal(
            ["mailbox deliver HandoverConfirmed", "outbox publish HandoverConfirmed"],
            chain.Where(s => s.Source.Name == CaseFlowActivities.SourceName).Select(s => s.DisplayName).Skip(1));
        Assert.Contains(chain, s => s.Source.Name == TelemetrySetup.MassTransitSource && s.Kind == ActivityKind.Consumer);
        Assert.Contains(chain, s => s.Source.Name == TelemetrySetup.MassTransitSource && s.Kind == ActivityKind.Producer);
    }

    [Fact]
    public async Task A_fired_timer_has_its_span_in_the_trace_of_the_dispatch_that_found_it_due()
    {
        var (_, instanceId, _) = await AwaitingProviderAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(15));
        await app.ProcessEngineAsync();

        var fired = await capture.SpanAsync(
            s => s.DisplayName == "timer fire" && instanceId.Equals(s.GetTagItem(CaseFlowTags.InstanceId)), "for the reminder timer");
        var chain = await AncestryAsync(fired, root: null);
        Assert.Equal("timers dispatch", chain[^1].DisplayName);
        Assert.Contains(chain, s => s.DisplayName == "outbox publish TimerDue");
        await capture.SpanAsync(
            s => s.ParentSpanId == fired.SpanId && s.DisplayName == "workflow step provider-referral", "for the step the timer made");
    }

    /// <summary>The span and its parents up to <paramref name="root"/> (or the trace's root), waiting for late parents.</summary>
    private async Task<List<Activity>> AncestryAsync(Activity span, Activity? root)
    {
        var chain = new List<Activity> { span };
        while (chain[^1].ParentSpanId != default && chain[^1].SpanId != root?.SpanId)
        {
            var child = chain[^1];
            chain.Add(await capture.SpanAsync(
                s => s.TraceId == child.TraceId && s.SpanId == child.ParentSpanId, $"{child.ParentSpanId} (parent of '{child.DisplayName}')"));
        }

        if (root is not null)
        {
            Assert.Equal(root.SpanId, chain[^1].SpanId);
        }

        return chain;
    }
}
