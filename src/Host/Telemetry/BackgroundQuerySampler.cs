using System.Diagnostics;
using OpenTelemetry.Trace;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// The root sampler (under <see cref="ParentBasedSampler"/>, so a span follows its parent's decision): records every new
/// trace except a client span that starts one. Such roots are the pollers' idle queries (due timers, outbox, mailbox,
/// workload counts, every few seconds on every host); a command that belongs to a request, a relay publish or a workflow
/// step has a parent and is recorded with it.
/// </summary>
public sealed class BackgroundQuerySampler : Sampler
{
    private static readonly SamplingResult Record = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult Skip = new(SamplingDecision.Drop);

    public BackgroundQuerySampler() => Description = nameof(BackgroundQuerySampler);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client ? Skip : Record;
}
