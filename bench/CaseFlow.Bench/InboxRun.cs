using System.Diagnostics;
using CaseFlow.Workflows.Access;

namespace CaseFlow.Bench;

/// <summary>Seeds the inbox bench and prints p50/p99 for a page of 50 of each list.</summary>
internal static class InboxRun
{
    public static async Task RunAsync(InboxBench bench, int count)
    {
        var seeding = Stopwatch.StartNew();
        await bench.SeedAsync(count);
        Console.WriteLine($"inbox bench: {count} customers, cases and open tasks on SQLite, 1,000 FMs, seeded in {seeding.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores");
        await bench.InboxAsync("all", 20);
        const int rounds = 500;
        var (all, allTotal) = await bench.InboxAsync("all", rounds);
        Console.WriteLine($"GET /api/tasks (default scope all), page 1 of 50, X-Total-Count {allTotal}: {all}");
        var (group, groupTotal) = await bench.InboxAsync("group", rounds);
        Console.WriteLine($"GET /api/tasks?scope=group (role queue FM), page 1 of 50, X-Total-Count {groupTotal}: {group}");
        var (deep, _) = await bench.InboxAsync("group", 100, page: 20);
        Console.WriteLine($"GET /api/tasks?scope=group, page 20 of 50: {deep}");
        var (mine, mineTotal) = await bench.MyCasesAsync("mine", rounds);
        Console.WriteLine($"GET /api/cases?scope=mine (an FM's cases), page 1 of 50, X-Total-Count {mineTotal}: {mine}");
        var (team, teamTotal) = await bench.MyCasesAsync("team", 100);
        Console.WriteLine($"GET /api/cases?scope=team (an FM: the bFM intake), page 1 of 50, X-Total-Count {teamTotal}: {team}");
        var lead = new Actor("fm.lead", new HashSet<string> { Roles.FmSupervisor }, new HashSet<string>());
        var (supervision, supervisionTotal) = await bench.MyCasesAsync("team", 100, lead);
        Console.WriteLine($"GET /api/cases?scope=team (FM supervisor: every FM case), page 1 of 50, X-Total-Count {supervisionTotal}: {supervision}");
        var (deepSupervision, _) = await bench.MyCasesAsync("team", 100, lead, page: 20);
        Console.WriteLine($"GET /api/cases?scope=team (FM supervisor), page 20 of 50: {deepSupervision}");
    }
}
