using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Host.Providers;

/// <summary>
/// Counts failed API-key attempts per client address in a fixed window (<see cref="ApiKeyFailureLimitOptions"/>). IPv6
/// addresses count per /64 network (one connection usually owns a whole /64). In memory per host; windows that ended are
/// dropped once more than <see cref="PruneAbove"/> addresses are tracked.
/// </summary>
public sealed class ApiKeyFailureLimiter(ApiKeyFailureLimitOptions options, TimeProvider clock)
{
    public const int PruneAbove = 10_000;

    private readonly Dictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ApiKeyFailureLimitOptions Options => options;

    /// <summary>How long the address must still wait, or null when it may try.</summary>
    public TimeSpan? Blocked(IPAddress? address)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            return windows.TryGetValue(ClientOf(address), out var window) && window.Failures >= options.PermitLimit && now < window.Ends
                ? window.Ends - now
                : null;
        }
    }

    public void RecordFailure(IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var client = ClientOf(address);
        lock (gate)
        {
            if (!windows.TryGetValue(client, out var window) || now >= window.Ends)
            {
                window = new Window(now.AddSeconds(options.WindowSeconds), 0);
            }

            windows[client] = window with { Failures = window.Failures + 1 };
            if (windows.Count > PruneAbove)
            {
                foreach (var ended in windows.Where(entry => now >= entry.Value.Ends).Select(entry => entry.Key).ToList())
                {
                    windows.Remove(ended);
                }
            }
        }
    }

    /// <summary>The partition of an address: IPv4 as it is, IPv6 by its /64 network, none as "unknown".</summary>
    public static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private sealed record Window(DateTimeOffset Ends, int Failures);
}
