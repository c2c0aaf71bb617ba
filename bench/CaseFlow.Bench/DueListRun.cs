using System.Diagnostics;
using System.Globalization;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench;

/// <summary>
/// The contact due list (GET /api/contacts/due without HTTP) over N customers: the customer search bench's customers
/// (200 IFKs, every tenth with a bFM case of one of 50 FMs) with due dates spread over 180 days around the Jobcenter's
/// today and one in twenty without a profile (no due date). Page 1 of 50 with the capped total, in its own scope.
/// </summary>
internal static class DueListRun
{
    private const int Rounds = 30;

    public static async Task RunAsync(IServiceProvider services, int count, bool seed = true)
    {
        if (seed)
        {
            var seeding = Stopwatch.StartNew();
            await new CustomerSearchBench(services).SeedAsync(count);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "Customers" SET "NextContactDueOn" = CASE WHEN abs(random()) % 20 = 0 THEN NULL ELSE date('now', '-90 days', '+' || (abs(random()) % 180) || ' days') END, "ContactRuleCell" = 'Ue25/unemployed/MP'""");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"due list: {count} customers with due dates seeded in {seeding.Elapsed.TotalSeconds:F1} s");
        }

        var ifk = new Actor("ifk.007", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
        var fm = new Actor("fm.07", new HashSet<string> { Roles.Fm }, new HashSet<string> { "fm.08" });
        var lead = new Actor("fm.lead", new HashSet<string> { Roles.FmSupervisor }, new HashSet<string>());
        (string Who, Actor Actor, string Scope)[] queries =
        [
            ("IFK, mine", ifk, ContactDueList.Mine),
            ("IFK, team", ifk, ContactDueList.Team),
            ("FM with deputy, team", fm, ContactDueList.Team),
            ("FM supervisor, team", lead, ContactDueList.Team),
        ];
        foreach (var (who, actor, scopeName) in queries)
        {
            await ReadAsync(services, actor, scopeName, 3);
            var (latencies, total) = await ReadAsync(services, actor, scopeName, Rounds);
            Console.WriteLine($"{who}: total {total}, page of 50 with the total, {Rounds} reads: {latencies}");
        }
    }

    private static async Task<(Latencies Latencies, string Total)> ReadAsync(IServiceProvider services, Actor actor, string scopeName, int rounds)
    {
        var latencies = new Latencies();
        var total = string.Empty;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var (page, _) = await scope.ServiceProvider.GetRequiredService<ContactDueList>().FindAsync(actor, scopeName, 1, 50, CancellationToken.None);
            total = page!.TotalLimited ? $"over {page.Total}" : page.Total.ToString(CultureInfo.InvariantCulture);
            latencies.Add(clock.Elapsed);
        }

        return (latencies, total);
    }
}
