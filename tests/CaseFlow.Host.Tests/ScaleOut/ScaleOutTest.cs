using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>The scale-out tests run one at a time and alone: they start Host processes and stop the shared broker.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScaleOutCollection
{
    public const string Name = "ScaleOut";
}

/// <summary>
/// A scale-out test: each test gets its own cluster (PostgreSQL database, RabbitMQ vhost, Host processes), torn down
/// after it; the Hosts' last output goes to the test output.
/// </summary>
[Collection(ScaleOutCollection.Name)]
[Trait("Category", "ScaleOut")]
public abstract class ScaleOutTest(ITestOutputHelper output) : IAsyncLifetime
{
    protected static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private ScaleOutCluster? cluster;

    protected ScaleOutCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster is created in InitializeAsync.");

    protected ScaleOutDatabase Db => Cluster.Db;

    /// <summary>The test's output, for the figures a fault test reports.</summary>
    protected ITestOutputHelper Output => output;

    public async Task InitializeAsync() => cluster = await ScaleOutCluster.CreateAsync();

    public async Task DisposeAsync()
    {
        if (cluster is null)
        {
            return;
        }

        try
        {
            output.WriteLine(cluster.Diagnostics(80));
        }
        catch (InvalidOperationException)
        {
            // No test is running any more (the output helper refuses): nothing to write to.
        }

        await cluster.DisposeAsync();
    }

    /// <summary>
    /// The consistency check after a fault: the engine's tables obey <see cref="ConsistencyQueries"/> (no task without its
    /// instance, no token waiting on nothing) and <paramref name="host"/> lists no stale instance and no open incident.
    /// </summary>
    protected async Task AssertConsistentAsync(HostProcess host)
    {
        var broken = await ConsistencyQueries.BrokenAsync(async sql =>
            (await Db.RowsAsync(sql)).Select(row => (string)row["Value"]!).ToList());
        Assert.True(broken.Count == 0, $"inconsistent after the fault: {string.Join("; ", broken)}");
        await Consistency.AssertNoStaleInstanceNorIncidentAsync(await host.SignInAsync("owner.process"));
    }

    /// <summary>The status of a named check in the JSON of /health/ready, or null when the body does not list it.</summary>
    protected static string? CheckStatus(string readinessBody, string check)
    {
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(readinessBody);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        return body?["checks"]?.AsArray()
            .FirstOrDefault(c => string.Equals(c?["name"]?.GetValue<string>(), check, StringComparison.OrdinalIgnoreCase))?["status"]?.GetValue<string>();
    }

    /// <summary>
    /// Whether /health/ready says 503 with the transport not healthy (Unhealthy, or Degraded while it reconnects) and the
    /// database healthy.
    /// </summary>
    protected static async Task<bool> TransportUnhealthyAsync(HostProcess host)
    {
        var (status, body) = await host.ReadinessAsync();
        return status == HttpStatusCode.ServiceUnavailable
            && CheckStatus(body, "transport") is "Unhealthy" or "Degraded"
            && CheckStatus(body, "database") == "Healthy";
    }

    protected static async Task<string> ReadinessTextAsync(params HostProcess[] hosts)
    {
        var lines = new List<string>();
        foreach (var host in hosts)
        {
            try
            {
                var (status, body) = await host.ReadinessAsync();
                lines.Add($"{host.Name}: {(int)status} {body}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lines.Add($"{host.Name}: {e.GetType().Name} {e.Message}");
            }
        }

        return string.Join("; ", lines);
    }
}
