using System.Diagnostics;
using System.Text.Json;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench;

/// <summary>
/// The provider API's list (GET /api/provider/handovers without HTTP): a provider with many open hand-overs reads one
/// page of 50, with the agreement and consent applied to each.
/// </summary>
internal sealed class ProviderBench(IServiceProvider services)
{
    private const string Provider = "sb-nord";

    /// <summary>Refers <paramref name="count"/> customers to the development provider sb-nord, with consent to two fields.</summary>
    public async Task SeedAsync(int count)
    {
        var fm = new Actor("bench.fm", new HashSet<string> { Roles.Fm }, new HashSet<string>());
        var refer = new ActionInput(null, null, JsonSerializer.SerializeToElement(new
        {
            provider = Provider, targetGroup = "Wohnungslose", voluntary = true, consentedFields = new[] { "customerNumber", "targetGroup" },
        }));
        for (var done = 0; done < count; done += 100)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            var lifecycle = scope.ServiceProvider.GetRequiredService<CaseLifecycles>().Find(CaseKinds.Referral)!;
            var catalog = await scope.ServiceProvider.GetRequiredService<ProviderDirectory>().CatalogAsync(CancellationToken.None);
            var calendar = scope.ServiceProvider.GetRequiredService<JobcenterCalendar>();
            for (var i = done; i < Math.Min(count, done + 100); i++)
            {
                var customer = new Customer { CustomerNumber = $"B{i:D9}", BirthDate = new DateOnly(1985, 1, 1), ResponsibleCaseworker = fm.UserName };
                var @case = lifecycle.Open(customer, fm, DateTime.UtcNow, calendar);
                lifecycle.Perform(new CaseScene(@case, customer, fm, DateTime.UtcNow, calendar) { Providers = catalog }, "refer", refer);
                db.Customers.Add(customer);
                db.Cases.Add(@case);
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>Reads the first page of 50 <paramref name="rounds"/> times, each in its own scope as a request would.</summary>
    public async Task<(Latencies Latencies, int Total)> ListAsync(int rounds)
    {
        var latencies = new Latencies();
        var total = 0;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            (_, total) = await scope.ServiceProvider.GetRequiredService<ProviderHandovers>().OpenAsync(Provider, 1, 50, CancellationToken.None);
            latencies.Add(clock.Elapsed);
        }

        return (latencies, total);
    }
}
