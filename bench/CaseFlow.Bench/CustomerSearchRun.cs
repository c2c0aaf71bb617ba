using System.Diagnostics;
using CaseFlow.Workflows.Access;

namespace CaseFlow.Bench;

/// <summary>The customer search bench's queries and what it prints (docs/benchmarks.md).</summary>
internal static class CustomerSearchRun
{
    public static async Task RunAsync(IServiceProvider services, int count)
    {
        var bench = new CustomerSearchBench(services);
        var seeding = Stopwatch.StartNew();
        await bench.SeedAsync(count);
        Console.WriteLine($"customer search: {count} customers, {(count + 9) / 10} bFM cases seeded in {seeding.Elapsed.TotalSeconds:F1} s");
        var ifk = new Actor("ifk.007", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
        var fm = new Actor("fm.07", new HashSet<string> { Roles.Fm }, new HashSet<string> { "fm.08" });
        var lead = new Actor("fm.lead", new HashSet<string> { Roles.FmSupervisor }, new HashSet<string>());
        (string Who, Actor Actor, string Q)[] queries =
        [
            ("IFK, name prefix", ifk, "Mül"),
            ("IFK, full family name", ifk, "Schmidt"),
            ("IFK, family and given name", ifk, "Müller, Anna"),
            ("IFK, given name", ifk, "Özlem"),
            ("IFK, number prefix", ifk, "107"),
            ("IFK, no q (all of hers)", ifk, ""),
            ("FM with deputy, name prefix", fm, "schm"),
            ("FM supervisor, name prefix", lead, "mül"),
        ];
        foreach (var (who, actor, q) in queries)
        {
            await bench.SearchAsync(actor, q, 10);
            var (latencies, total) = await bench.SearchAsync(actor, q, 200);
            Console.WriteLine($"{who} q='{q}': total {total}, page of 50, 200 reads: {latencies}");
        }
    }
}
