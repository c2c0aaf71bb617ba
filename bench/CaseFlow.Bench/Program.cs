using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Running;
using CaseFlow.Bench;
using CaseFlow.Host.Cases;
using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Customers;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;


// Runs N instances of start -> user task -> complete -> end on a fresh SQLite file through the Host's own
// runner (the code path of POST /api/workflows/{key}/instances and POST /api/tasks/{id}/complete, without HTTP),
// and prints instances per second and the p50/p99 latency of each committed step. Then it measures the outbox:
// the relay draining the rows the cycle wrote onto the in-memory bus, and correlated messages from outbox row to
// consumed (inbox + mailbox row committed). Last, the provider API's list of open hand-overs over N referrals.
// With "inbox N" it measures the inbox and "Meine Fälle" over N tasks and cases instead (InboxRun), with
// "N customer-search" the customer search over N customers (CustomerSearchRun), with "N due-list" the contact due
// list over N customers (DueListRun).
// With BenchmarkDotNet options (e.g. --filter '*Lifecycle*') it runs the BenchmarkDotNet classes instead.
if (args.Length > 0 && args[0].StartsWith("--", StringComparison.Ordinal))
{
    BenchmarkSwitcher.FromAssembly(typeof(LifecycleActionBench).Assembly).Run(args);
    return;
}

// "inbox N": the inbox and "Meine Fälle" over N customers, cases and open tasks instead (InboxBench).
var inboxOnly = args.Length > 0 && args[0] == "inbox";
// "N customer-search": only the customer search over N customers (CustomerSearchRun).
var customerSearchOnly = args.Length > 1 && args[1] == "customer-search";
// "N due-list": only the contact due list over N customers (DueListRun).
var dueListOnly = args.Length > 1 && args[1] == "due-list";
var countArgument = inboxOnly ? args.Skip(1).FirstOrDefault() : args.FirstOrDefault();
var count = countArgument is null ? (inboxOnly ? 1_000_000 : 1000) : int.Parse(countArgument, CultureInfo.InvariantCulture);
var work = Directory.CreateTempSubdirectory("caseflow-bench-");
var workflows = Directory.CreateDirectory(Path.Combine(work.FullName, "workflows"));
File.Copy(Path.Combine(AppContext.BaseDirectory, "bench-cycle.bpmn"), Path.Combine(workflows.FullName, "bench-cycle.bpmn"));
// CASEFLOW_BENCH_DATABASE: a file an earlier customer search run seeded (kept with CASEFLOW_BENCH_KEEP=1), read again without seeding.
var reused = Environment.GetEnvironmentVariable("CASEFLOW_BENCH_DATABASE");
var database = reused ?? Path.Combine(work.FullName, "bench.db");

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = work.FullName, EnvironmentName = "Production" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["ConnectionStrings:CaseFlow"] = $"Data Source={database}",
    ["Auth:Mode"] = "Development",
    ["Engine:BackgroundProcessing"] = "false",
    ["Workflows:Folder"] = workflows.FullName,
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.Services
    .AddCaseFlowPersistence(builder.Configuration, builder.Environment)
    .AddCaseFlowTelemetry(builder.Configuration)
    .AddCaseFlowLifecycles(builder.Configuration)
    .AddCaseFlowWorkflowDefinitions()
    .AddCaseFlowEngine(builder.Configuration)
    .AddCaseFlowMessaging(builder.Configuration)
    .AddCaseFlowProviders(builder.Configuration)
    .AddScoped<ProviderHandovers>()
    .AddScoped<CustomerSearch>()
    .AddScoped<ContactDueList>()
    .AddScoped<ContactDensityRules>();
await using var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

if (inboxOnly)
{
    await InboxRun.RunAsync(new InboxBench(app.Services, database), count);
    work.Delete(recursive: true);
    return;
}

if (dueListOnly)
{
    await DueListRun.RunAsync(app.Services, count, seed: reused is null);
    work.Delete(recursive: true);
    return;
}

if (customerSearchOnly)
{
    await CustomerSearchRun.RunAsync(app.Services, count, seed: reused is null);
    if (Environment.GetEnvironmentVariable("CASEFLOW_BENCH_KEEP") == "1")
    {
        Console.WriteLine($"kept: {database}");
        return;
    }

    work.Delete(recursive: true);
    return;
}

await MessagingBench.StartBusAsync(app.Services);
var actor = new Actor("bench.ifk", new HashSet<string> { Roles.Ifk }, new HashSet<string>());
var cycle = new Cycle(app.Services, actor);
await cycle.RunAsync(Math.Min(50, count), new Latencies(), new Latencies());

var starts = new Latencies();
var completions = new Latencies();
var total = Stopwatch.StartNew();
await cycle.RunAsync(count, starts, completions);
total.Stop();

Console.WriteLine($"CaseFlow engine benchmark: {count} instances of start -> user task -> complete -> end, SQLite, one at a time");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformationText()}");
Console.WriteLine($"throughput: {count / total.Elapsed.TotalSeconds:F0} instances/s ({total.Elapsed.TotalSeconds:F2} s)");
Console.WriteLine($"start step    (instance + task + journal, 1 commit): {starts}");
Console.WriteLine($"complete step (task + end + journal, 1 commit):      {completions}");

var messaging = new MessagingBench(app.Services);
var (rows, relayed) = await messaging.DrainOutboxAsync();
Console.WriteLine($"outbox relay: {rows} rows (TaskAssigned/TaskCompleted of the cycle) published in {relayed.TotalSeconds:F2} s = {rows / relayed.TotalSeconds:F0} rows/s");
var correlated = await messaging.CorrelateAsync(count);
Console.WriteLine($"correlated messages: {count} from outbox row to consumed (inbox + mailbox committed) in {correlated.TotalSeconds:F2} s = {count / correlated.TotalSeconds:F0} messages/s");
var providers = new ProviderBench(app.Services);
await providers.SeedAsync(count);
await providers.ListAsync(20);
var (listing, open) = await providers.ListAsync(200);
Console.WriteLine($"provider hand-over list: first page of 50 of {open} open hand-overs (agreement and consent applied), 200 reads: {listing}");
work.Delete(recursive: true);
return;

static string RuntimeInformationText() =>
    $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
