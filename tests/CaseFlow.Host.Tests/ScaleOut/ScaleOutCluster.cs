using System.Diagnostics;
using System.Security.Cryptography;
using CaseFlow.Host.Tests.PostgreSql;
using Npgsql;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// One test's CaseFlow deployment: its own PostgreSQL database and RabbitMQ virtual host, and Host processes on both
/// (all accept each other's development tokens). Disposing kills the processes and removes the database and the vhost.
/// </summary>
public sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly PostgreSqlDatabase database = new();
    private readonly List<HostProcess> hosts = [];
    private readonly string signingKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private bool vhostCreated;

    private ScaleOutCluster(RabbitMqBroker broker)
    {
        Broker = broker;
        Vhost = $"caseflow-scaleout-{Guid.NewGuid():N}";
    }

    public RabbitMqBroker Broker { get; }

    public string Vhost { get; }

    public string ConnectionString { get; private set; } = string.Empty;

    public IReadOnlyList<HostProcess> Hosts => hosts;

    /// <summary>A fresh database and vhost; fails (never skips) when test.sh's services are not there.</summary>
    public static async Task<ScaleOutCluster> CreateAsync()
    {
        var cluster = new ScaleOutCluster(RabbitMqBroker.FromEnvironment());
        try
        {
            await cluster.database.InitializeAsync();
            cluster.ConnectionString = new NpgsqlConnectionStringBuilder(cluster.database.ConnectionString) { Pooling = true }.ConnectionString;
            await cluster.Broker.CreateVhostAsync(cluster.Vhost);
            cluster.vhostCreated = true;
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A Host on this cluster's database and vhost (not started yet), with per-host settings on top.</summary>
    public HostProcess AddHost(string name, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__CaseFlow"] = ConnectionString,
            ["Messaging__Transport"] = "RabbitMq",
            ["Messaging__RabbitMq__Host"] = Broker.Host,
            ["Messaging__RabbitMq__Port"] = Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging__RabbitMq__VirtualHost"] = Vhost,
            ["Messaging__RabbitMq__Username"] = Broker.Username,
            ["Messaging__RabbitMq__Password"] = Broker.Password,
            ["Engine__PollInterval"] = "00:00:00.200",
            ["Auth__Mode"] = "Development",
            ["Auth__Development__SigningKey"] = signingKey,
            ["MASSTRANSIT_USAGE_TELEMETRY"] = "false",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new HostProcess(name, settings);
        hosts.Add(host);
        return host;
    }

    /// <summary>Adds and starts a Host, waiting until it is live and ready (its consumers' queues exist then).</summary>
    public async Task<HostProcess> StartHostAsync(string name, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var host = AddHost(name, overrides);
        await host.StartAsync();
        await host.WaitReadyAsync();
        return host;
    }

    /// <summary>The database of this cluster, for checks behind the API.</summary>
    public ScaleOutDatabase Db => new(ConnectionString);

    /// <summary>Polls until the condition holds; fails after the timeout with the description and the Hosts' last output.</summary>
    public async Task EventuallyAsync(string what, TimeSpan timeout, Func<Task<bool>> condition, Func<Task<string>>? describe = null)
    {
        var watch = Stopwatch.StartNew();
        Exception? lastError = null;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }

                lastError = null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or NpgsqlException)
            {
                lastError = e;
            }

            if (watch.Elapsed > timeout)
            {
                var state = describe is null ? string.Empty : $"{Environment.NewLine}state: {await describe()}";
                var error = lastError is null ? string.Empty : $"{Environment.NewLine}last error: {lastError.GetType().Name}: {lastError.Message}";
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for: {what}{state}{error}{Diagnostics()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Waits until every queue of the vhost is empty with nothing unacknowledged, and stays so for a few seconds: the
    /// broker's queue statistics lag up to a second, so one empty reading right after a publish proves nothing.
    /// </summary>
    public async Task QueuesDrainedAsync(string why, TimeSpan? timeout = null)
    {
        var quiet = TimeSpan.FromSeconds(3);
        Stopwatch? drainedSince = null;
        await EventuallyAsync(
            $"the queues are drained ({why}) for {quiet.TotalSeconds:0} s",
            timeout ?? TimeSpan.FromSeconds(30),
            async () =>
            {
                var drained = (await Broker.QueuesAsync(Vhost)).All(q => q.Ready == 0 && q.Unacknowledged == 0);
                drainedSince = drained ? drainedSince ?? Stopwatch.StartNew() : null;
                return drainedSince is not null && drainedSince.Elapsed >= quiet;
            },
            async () => string.Join("; ", (await Broker.QueuesAsync(Vhost)).Select(q => $"{q.Name} ready={q.Ready} unacked={q.Unacknowledged} consumers={q.Consumers}")));
    }

    /// <summary>The last output of every Host, for failure messages.</summary>
    public string Diagnostics(int lines = 40) => string.Concat(hosts.Select(h =>
        $"{Environment.NewLine}--- last output of {h.Name} (running: {h.IsRunning}) ---{Environment.NewLine}{h.OutputTail(lines)}"));

    public async ValueTask DisposeAsync()
    {
        var errors = new List<Exception>();
        foreach (var host in hosts)
        {
            try
            {
                await host.DisposeAsync();
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        NpgsqlConnection.ClearAllPools();
        if (vhostCreated)
        {
            try
            {
                await Broker.DeleteVhostAsync(Vhost);
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        try
        {
            await database.DisposeAsync();
        }
        catch (Exception e)
        {
            errors.Add(e);
        }

        if (errors.Count > 0)
        {
            throw new AggregateException("Cleaning up the scale-out cluster failed", errors);
        }
    }
}
