using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// The real CaseFlow Host as a separate operating-system process (<c>dotnet CaseFlow.Host.dll --urls http://127.0.0.1:port</c>),
/// configured through environment variables. It can be killed hard (SIGKILL, like <c>kill -9</c>), stopped and started again
/// with the same or changed settings. Its output is kept in memory (the last lines only) for failure messages.
/// Clients made by <see cref="SignInAsync"/> follow the process across restarts, even when its port changes.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int OutputLines = 400;
    private const int StartAttempts = 3;
    private const int SigTerm = 15;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Environment variables that must not leak from the test process into the Host.</summary>
    private static readonly string[] InheritedPrefixesToDrop =
    [
        "ASPNETCORE_", "DOTNET_ENVIRONMENT", "DOTNET_STARTUP_HOOKS", "CORECLR_", "ConnectionStrings__", "Database__", "Messaging__",
        "Engine__", "Auth__", "Workflows__", "Logging__", "Rules__", "MASSTRANSIT_",
    ];

    private readonly Dictionary<string, string?> settings;
    private readonly Queue<string> output = new();
    private readonly List<HttpClient> clients = [];
    private readonly HttpClient probe;
    private Process? process;
    private int port;
    private int generation;

    public HostProcess(string name, IReadOnlyDictionary<string, string?> settings)
    {
        Name = name;
        this.settings = new Dictionary<string, string?>(settings, StringComparer.Ordinal);
        probe = new HttpClient(new ForwardingHandler(this)) { BaseAddress = new Uri($"http://{name}.caseflow.test/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public string Name { get; }

    /// <summary>The address the process listens on now.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{port}/");

    /// <summary>The settings the process runs (or will run) with, as environment variables (<c>Engine__PollInterval</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings => settings;

    public bool IsRunning => process is { HasExited: false };

    public int? ProcessId => process?.Id;

    /// <summary>The Host's own build output (same configuration as the tests), else the copy next to the test assembly.</summary>
    public static string HostDll { get; } = FindHostDll();

    /// <summary>Starts the process and waits until <c>/health/live</c> answers (at most 60 s).</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"Host {Name} already runs.");
        }

        for (var attempt = 1; ; attempt++)
        {
            port = FreePort();
            Launch();
            try
            {
                await WaitLiveAsync();
                return;
            }
            catch (HostStartException) when (attempt < StartAttempts && OutputTail(40).Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the free port between our check and the Host's bind: try another one.
            }
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (database and transport healthy).</summary>
    public async Task WaitReadyAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? StartTimeout;
        var last = await PollUntilOkAsync("/health/ready", limit, TimeSpan.FromMilliseconds(250), () =>
        {
            EnsureRunning("waiting for /health/ready");
            return Task.CompletedTask;
        });
        if (last is null)
        {
            return;
        }

        throw new HostStartException($"Host {Name} was not ready within {limit.TotalSeconds:0} s; last answer of /health/ready: {last}{Tail()}");
    }

    /// <summary>GET /health/ready: the status code and the body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> ReadinessAsync()
    {
        using var response = await probe.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>SIGKILL for the process (and anything it started), like <c>kill -9</c>: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await WaitForExitAsync(process);
        Record($"--- {Name} killed (SIGKILL) ---");
    }

    /// <summary>A graceful stop (SIGTERM, the Host shuts down); killed when it takes longer than 30 s.</summary>
    public async Task StopAsync()
    {
        if (process is null || process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsWindows() || Kill(process.Id, SigTerm) != 0)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await WaitForExitAsync(process);
            Record($"--- {Name} did not stop within {ExitTimeout.TotalSeconds:0} s and was killed ---");
            return;
        }

        await WaitForExitAsync(process);
        Record($"--- {Name} stopped ---");
    }

    /// <summary>Stops (gracefully, or hard with <paramref name="kill"/>) and starts again, with the given settings changed.</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string?>? changes = null, bool kill = false)
    {
        await (kill ? KillAsync() : StopAsync());
        foreach (var (key, value) in changes ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        await StartAsync();
    }

    /// <summary>A client of this Host signed in as a development user (POST /api/auth/dev-login), disposed with the Host.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/dev-login", new { userName });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"dev-login of {userName} at {Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}{Tail()}");
        }

        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>An anonymous client of this Host, disposed with the Host.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(new ForwardingHandler(this)) { BaseAddress = new Uri($"http://{Name}.caseflow.test/"), Timeout = TimeSpan.FromSeconds(60) };
        lock (clients)
        {
            clients.Add(client);
        }

        return client;
    }

    /// <summary>The last lines the process wrote (stdout and stderr), for failure messages.</summary>
    public string OutputTail(int lines = 60)
    {
        lock (output)
        {
            return string.Join(Environment.NewLine, output.Skip(Math.Max(0, output.Count - lines)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            process?.Dispose();
            lock (clients)
            {
                clients.ForEach(c => c.Dispose());
                clients.Clear();
            }

            probe.Dispose();
        }
    }

    private void Launch()
    {
        process?.Dispose();
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (InheritedPrefixesToDrop.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var run = ++generation;
        Record($"--- {Name} (start {run}) on port {port} ---");
        var started = new Process { StartInfo = start, EnableRaisingEvents = true };
        started.OutputDataReceived += (_, e) => Record(e.Data);
        started.ErrorDataReceived += (_, e) => Record(e.Data);
        if (!started.Start())
        {
            throw new HostStartException($"Host {Name} did not start ({start.FileName} {HostDll}).");
        }

        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
    }

    private async Task WaitLiveAsync()
    {
        var last = await PollUntilOkAsync("/health/live", StartTimeout, TimeSpan.FromMilliseconds(200), async () =>
        {
            if (process!.HasExited)
            {
                await WaitForExitAsync(process);
                throw new HostStartException($"Host {Name} exited with code {process.ExitCode} before /health/live answered.{Tail()}");
            }
        });
        if (last is null)
        {
            return;
        }

        var tail = Tail();
        await KillAsync();
        throw new HostStartException($"Host {Name} did not answer /health/live within {StartTimeout.TotalSeconds:0} s ({last}).{tail}");
    }

    /// <summary>Asks <paramref name="path"/> until it answers 200 (returns null) or the limit passes (returns the last answer).</summary>
    private async Task<string?> PollUntilOkAsync(string path, TimeSpan limit, TimeSpan pause, Func<Task> beforeEachTry)
    {
        var watch = Stopwatch.StartNew();
        var last = "no answer yet";
        while (watch.Elapsed < limit)
        {
            await beforeEachTry();
            try
            {
                using var response = await probe.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return null;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.GetType().Name + ": " + e.Message;
            }

            await Task.Delay(pause);
        }

        return last;
    }

    private void EnsureRunning(string doing)
    {
        if (!IsRunning)
        {
            throw new HostStartException($"Host {Name} is not running ({doing}); exit code {(process is { HasExited: true } p ? p.ExitCode : null)}.{Tail()}");
        }
    }

    private string Tail() => $"{Environment.NewLine}--- last output of {Name} ---{Environment.NewLine}{OutputTail()}";

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line.Length > 2000 ? line[..2000] + "…" : line);
            while (output.Count > OutputLines)
            {
                output.Dequeue();
            }
        }
    }

    private static async Task WaitForExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(ExitTimeout);
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // drains the redirected output
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetExecutable()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static string FindHostDll()
    {
        var testOutput = AppContext.BaseDirectory;
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var framework = new DirectoryInfo(testOutput).Name; // net10.0
        var candidates = new List<string>();
        for (var folder = new DirectoryInfo(testOutput); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CaseFlow.sln")))
            {
                candidates.Add(Path.Combine(folder.FullName, "src", "Host", "bin", configuration, framework, "CaseFlow.Host.dll"));
                break;
            }
        }

        candidates.Add(Path.Combine(testOutput, "CaseFlow.Host.dll"));
        foreach (var candidate in candidates)
        {
            var folder = Path.GetDirectoryName(candidate)!;
            if (File.Exists(candidate)
                && File.Exists(Path.Combine(folder, "CaseFlow.Host.runtimeconfig.json"))
                && Directory.Exists(Path.Combine(folder, "workflows")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"CaseFlow.Host.dll (with its runtimeconfig.json and workflows/) was found in none of: {string.Join(", ", candidates)}. Build the tests first.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private sealed record TokenBody(string AccessToken);

    /// <summary>Sends each request to wherever the Host listens now (its port may change on a restart).</summary>
    private sealed class ForwardingHandler(HostProcess host) : DelegatingHandler(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(host.BaseAddress, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>A Host process that did not start, died, or did not become ready; the message carries its last output.</summary>
public sealed class HostStartException(string message) : Exception(message);
