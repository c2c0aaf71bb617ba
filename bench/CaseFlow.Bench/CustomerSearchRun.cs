using System.Diagnostics;
using CaseFlow.Workflows.Access;

namespace CaseFlow.Bench;

/// <summary>The customer search bench's queries and what it prints (docs/benchmarks.md).</summary>
internal static class CustomerSearchRun
{
    private const int Rounds = 30;

    public static async Task RunAsync(IServiceProvider services, int count, bool seed = true)
    {
        var bench = new CustomerSearchBench(services);
        if (seed)
        {
            var seeding = Stopwatch.StartNew();
            await bench.SeedAsync(count);
            Console.WriteLine($"customer search: {count} customers, {(count + 9) / 10} bFM cases seeded in {seeding.Elapsed.TotalSeconds:F1} s");
        }

        var ifk = new Actor("ifk.007", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
        var fm = new Actor("fm.07", new HashSet<string> { Roles.Fm }, new HashSet<string> { "fm.08" });
        var lead = new Actor("fm.lead", new HashSet<string> { Roles.FmSupervisor }, new HashSet<string>());
        (string Who, Actor Actor, string Q)[] queries =
        [
            ("IFK, name prefix", ifk, "Mül"),
            ("IFK, full family name", ifk, "Schmidt"),
            ("IFK, family and given name", ifk, "Müller, Mia"),
            ("IFK, given name", ifk, "Özlem"),
            ("IFK, number prefix", ifk, "107"),
            ("IFK, given name first (no family match)", ifk, "Paul Sch"),
            ("FM with deputy, name prefix", fm, "schm"),
            ("FM supervisor, name prefix", lead, "mül"),
        ];
        foreach (var (who, actor, q) in queries)
        {
            await bench.SearchAsync(actor, q, 3);
            var (latencies, total) = await bench.SearchAsync(actor, q, Rounds);
            Console.WriteLine($"{who} q='{q}': total {total}, page of 50 with the total, {Rounds} reads: {latencies}");
        }
    }
}
