using System.Diagnostics;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// The throwaway RabbitMQ node that <c>test.sh</c> starts on a loopback port: its address from
/// <c>CASEFLOW_TEST_RABBITMQ</c> (<c>amqp://guest:guest@127.0.0.1:port/</c>) and its <c>rabbitmqctl</c> wrapper from
/// <c>CASEFLOW_TEST_RABBITMQ_CTL</c>. Without either variable the tests fail with a message; they never skip.
/// </summary>
public sealed class RabbitMqBroker
{
    public const string Variable = "CASEFLOW_TEST_RABBITMQ";
    public const string CtlVariable = "CASEFLOW_TEST_RABBITMQ_CTL";

    private static readonly TimeSpan CtlTimeout = TimeSpan.FromMinutes(2);

    private readonly string ctl;

    private RabbitMqBroker(Uri address, string ctl)
    {
        this.ctl = ctl;
        Host = address.Host;
        Port = address.IsDefaultPort || address.Port <= 0 ? 5672 : address.Port;
        var userInfo = address.UserInfo.Split(':', 2);
        Username = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest";
        Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest";
    }

    public string Host { get; }

    public int Port { get; }

    public string Username { get; }

    public string Password { get; }

    /// <summary>The broker test.sh started; throws (the test fails) when the variables are missing.</summary>
    public static RabbitMqBroker FromEnvironment()
    {
        var address = Environment.GetEnvironmentVariable(Variable);
        var ctl = Environment.GetEnvironmentVariable(CtlVariable);
        if (string.IsNullOrWhiteSpace(address) || string.IsNullOrWhiteSpace(ctl))
        {
            var missing = string.IsNullOrWhiteSpace(address) ? Variable : CtlVariable;
            throw new InvalidOperationException(
                $"{missing} is not set. The scale-out tests need a RabbitMQ broker and its rabbitmqctl wrapper: run ./test.sh, "
                + "which installs RabbitMQ if needed and starts a throwaway node on 127.0.0.1 (it sets "
                + $"{Variable} and {CtlVariable}).");
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException($"{Variable} must be an amqp:// address such as amqp://guest:guest@127.0.0.1:5672/, not '{address}'.");
        }

        if (!File.Exists(ctl))
        {
            throw new InvalidOperationException($"{CtlVariable} names '{ctl}', which does not exist; run ./test.sh.");
        }

        return new RabbitMqBroker(uri, ctl);
    }

    /// <summary>A fresh virtual host the broker's user may do everything in.</summary>
    public async Task CreateVhostAsync(string name)
    {
        await CtlAsync("add_vhost", name);
        await CtlAsync("set_permissions", "-p", name, Username, ".*", ".*", ".*");
    }

    public Task DeleteVhostAsync(string name) => CtlAsync("delete_vhost", name);

    /// <summary>Stops the RabbitMQ application (the Erlang node stays up): clients lose their connections.</summary>
    public Task StopAppAsync() => CtlAsync("stop_app");

    /// <summary>Starts the RabbitMQ application again and waits until it accepts connections.</summary>
    public async Task StartAppAsync()
    {
        await CtlAsync("start_app");
        await CtlAsync("await_startup");
    }

    /// <summary>The queues of a virtual host with their ready and unacknowledged message counts.</summary>
    public async Task<IReadOnlyList<QueueState>> QueuesAsync(string vhost)
    {
        var output = await CtlAsync("list_queues", "-q", "--no-table-headers", "-p", vhost, "name", "messages_ready", "messages_unacknowledged", "consumers");
        var queues = new List<QueueState>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length == 4 && int.TryParse(parts[1], out var ready) && int.TryParse(parts[2], out var unacked) && int.TryParse(parts[3], out var consumers))
            {
                queues.Add(new QueueState(parts[0], ready, unacked, consumers));
            }
        }

        return queues;
    }

    /// <summary>Runs the rabbitmqctl wrapper; throws with its output when it fails.</summary>
    public async Task<string> CtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(ctl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{ctl} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CtlTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rabbitmqctl {string.Join(' ', arguments)} did not finish within {CtlTimeout.TotalSeconds:0} s.");
        }

        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:{Environment.NewLine}{output}{await stderr}");
        }

        return output;
    }

    public sealed record QueueState(string Name, int Ready, int Unacknowledged, int Consumers);
}
