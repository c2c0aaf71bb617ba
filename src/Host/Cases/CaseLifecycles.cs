using CaseFlow.Host.Telemetry;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Cases;

/// <summary>The lifecycles CaseFlow runs, by case kind, each counting its actions (<see cref="MeteredCaseLifecycle"/>).</summary>
public sealed class CaseLifecycles(IEnumerable<ICaseLifecycle> lifecycles, CaseFlowMetrics metrics)
{
    private readonly Dictionary<string, ICaseLifecycle> byKind = lifecycles.ToDictionary(
        l => l.Kind, ICaseLifecycle (l) => new MeteredCaseLifecycle(l, metrics), StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kinds => byKind.Keys;

    public ICaseLifecycle? Find(string kind) => byKind.GetValueOrDefault(kind);

    public ICaseLifecycle For(Case @case) =>
        byKind.TryGetValue(@case.Kind, out var lifecycle)
            ? lifecycle
            : throw new InvalidOperationException($"No lifecycle is registered for case kind '{@case.Kind}'.");
}
