using System.Diagnostics;
using CaseFlow.Host.Telemetry;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>How a stored traceparent is continued (the relay) or linked (the mailbox poller's later delivery).</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceContextTests : IDisposable
{
    private const string Stored = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = source => source.Name == CaseFlowActivities.SourceName,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public TraceContextTests() => ActivitySource.AddActivityListener(listener);

    [Fact]
    public void A_row_written_in_a_trace_is_published_as_a_child_of_the_span_that_wrote_it()
    {
        using var relay = CaseFlowActivities.StartContinuing("outbox publish HandoverConfirmed", Stored);

        Assert.Equal(Stored, relay!.ParentId);
        Assert.Equal(("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"), (relay.TraceId.ToHexString(), relay.ParentSpanId.ToHexString()));
        Assert.Equal(relay.Id, CaseFlowActivities.CurrentTraceParent());
    }

    [Fact]
    public void A_row_without_a_trace_starts_a_new_one()
    {
        using var relay = CaseFlowActivities.StartContinuing("outbox publish TimerDue", null);

        Assert.Equal(default, relay!.ParentSpanId);
    }

    [Fact]
    public void A_later_delivery_in_another_trace_links_to_the_arrival_and_one_in_the_same_trace_does_not()
    {
        using (var later = CaseFlowActivities.StartLinked("mailbox deliver HandoverConfirmed", Stored))
        {
            var link = Assert.Single(later!.Links);
            Assert.Equal("00f067aa0ba902b7", link.Context.SpanId.ToHexString());
            Assert.NotEqual(link.Context.TraceId, later.TraceId);
        }

        using var consume = CaseFlowActivities.StartContinuing("consume", Stored);
        using var now = CaseFlowActivities.StartLinked("mailbox deliver HandoverConfirmed", Stored);
        Assert.Empty(now!.Links);
        Assert.Equal(consume!.SpanId, now.ParentSpanId);
    }

    public void Dispose() => listener.Dispose();
}
