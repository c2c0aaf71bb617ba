using System.Globalization;

namespace CaseFlow.Bench;

/// <summary>Collected step latencies with their percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> milliseconds = [];

    public void Add(TimeSpan elapsed) => milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => milliseconds.Count == 0
        ? "no samples"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile(50):F2} ms, p99 {Percentile(99):F2} ms, max {milliseconds.Max():F2} ms");
}
