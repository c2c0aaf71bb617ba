using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// CaseFlow in-process on a real database: by default a fresh SQLite file per instance, or any
/// provider and connection string a test passes (PostgreSQL tests do).
/// </summary>
public sealed class CaseFlowApp : WebApplicationFactory<Program>
{
    private readonly string provider;
    private readonly string connectionString;
    private readonly string? sqliteFile;
    private readonly bool keepDatabase;

    public CaseFlowApp()
        : this(DatabaseProvider.Sqlite, null)
    {
    }

    /// <summary>A CaseFlow on an existing SQLite file that outlives it: a second app on the same file is a restart.</summary>
    public CaseFlowApp(string sqliteFile, TestClock clock)
        : this(DatabaseProvider.Sqlite, $"Data Source={sqliteFile}")
    {
        keepDatabase = true;
        Clock = clock;
    }

    public CaseFlowApp(DatabaseProvider provider, string? connectionString)
    {
        this.provider = provider.ToString();
        if (connectionString is null)
        {
            sqliteFile = NewSqliteFile();
            connectionString = $"Data Source={sqliteFile}";
        }

        this.connectionString = connectionString;
    }

    private BusFlow? busFlow;

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Settings a test adds to the app's configuration (before the first request).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Services a test adds after the app's own (before the first request), e.g. an in-memory telemetry exporter.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>A fresh SQLite file path for tests that restart the app on one database.</summary>
    public static string NewSqliteFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caseflow-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>
    /// Does what the hosts' background loop does, until nothing is left: dispatch due timers, relay the outbox to the
    /// in-memory bus, wait for the consumers, look again at waiting messages (tests move the clock instead of waiting).
    /// </summary>
    public async Task ProcessEngineAsync()
    {
        var flow = ObserveBus();
        for (var round = 0; round < 20; round++)
        {
            var dispatched = await Services.GetRequiredService<TimerDispatcher>().DispatchDueAsync(CancellationToken.None);
            var published = await Services.GetRequiredService<OutboxRelay>().PublishAllPendingAsync(CancellationToken.None);

            await flow.WaitUntilIdleAsync();
            var settled = await Services.GetRequiredService<MailboxPoller>().RetryWaitingAsync(CancellationToken.None);
            if (dispatched + published + settled == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The engine did not settle after 20 rounds (a message or timer loop?).");
    }

    /// <summary>A client signed in as a development user (see docs/api.md).</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/dev-login", new { userName });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>How often a consumer of this app threw since the first <see cref="ProcessEngineAsync"/>.</summary>
    public int ConsumeFaults => ObserveBus().ConsumeFaults;

    private BusFlow ObserveBus()
    {
        if (busFlow is null)
        {
            busFlow = new BusFlow();
            var bus = Services.GetRequiredService<IBus>();
            bus.ConnectPublishObserver(busFlow);
            bus.ConnectReceiveObserver(busFlow);
        }

        return busFlow;
    }

    /// <summary>Runs code against the app's database, e.g. to check that nothing changed.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<CaseFlowDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:CaseFlow", connectionString);
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Engine:BackgroundProcessing", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var configure in TestServices)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (sqliteFile is not null && !keepDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed record TokenBody(string AccessToken);
}
