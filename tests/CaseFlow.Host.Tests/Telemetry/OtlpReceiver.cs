using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>A loopback OTLP/HTTP endpoint that accepts every export and remembers which paths were posted to.</summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<string> received = new();
    private readonly Task serving;

    public OtlpReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Endpoint = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        }

        listener.Prefixes.Add(Endpoint + "/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    /// <summary>"POST /v1/traces application/x-protobuf" per export with a body.</summary>
    public IReadOnlyCollection<string> Received => [.. received];

    public void Dispose()
    {
        listener.Close();
        _ = serving.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (body.Length > 0)
            {
                received.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
