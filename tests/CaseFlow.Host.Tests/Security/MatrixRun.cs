using System.Diagnostics;
using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// Sends each matrix line as each principal, in order, and keeps what differs from the expected statuses and
/// every refused request (4xx/5xx) after which the database fingerprint is not the one before it. A fresh line's
/// objects are made anew only after a request that succeeded: a refused one is checked to have changed nothing.
/// </summary>
public sealed class MatrixRun(MatrixWorld world, SqliteCommitWatch commits)
{
    private readonly Stopwatch prepare = new(), send = new(), fingerprint = new();
    private DatabaseFingerprint? last;
    private long lastVersion = -1;

    public List<string> Mismatches { get; } = [];

    public List<string> ChangedByRefused { get; } = [];

    public int Checked { get; private set; }

    public int Refused { get; private set; }

    public int RefusedThatChangedRows { get; private set; }

    /// <summary>How many full fingerprints were taken (only after something was committed).</summary>
    public int Fingerprints { get; private set; }

    /// <summary>Time spent preparing requests, sending them and taking fingerprints, for the test output.</summary>
    public (TimeSpan Prepare, TimeSpan Send, TimeSpan Fingerprint) Time => (prepare.Elapsed, send.Elapsed, fingerprint.Elapsed);

    public async Task CheckAsync(MatrixRow row)
    {
        var actual = new List<int>();
        MatrixRequest? request = null;
        foreach (var principal in Principals.All)
        {
            if (request is null || !row.Fresh || actual[^1] < 400)
            {
                prepare.Start();
                request = await row.Prepare(world);
                prepare.Stop();
            }

            await RememberStateAsync();
            send.Start();
            using var message = new HttpRequestMessage(new HttpMethod(row.Verb == "ANY" ? "GET" : row.Verb), request.Path) { Content = request.Body() };
            using var response = await world.ClientOf(principal).SendAsync(message);
            send.Stop();
            var status = (int)response.StatusCode;
            actual.Add(status);
            Checked++;
            if (status >= 400)
            {
                Refused++;
                await CheckNothingChangedAsync($"{row} as {principal.Column}: {status}");
            }
        }

        if (!actual.SequenceEqual(row.Expected))
        {
            Mismatches.Add($"{row}\n    \"{string.Join(' ', actual.Select(s => s.ToString().PadRight(4))).TrimEnd()}\"");
        }
    }

    /// <summary>Takes a fingerprint when something was committed since the last one.</summary>
    private async Task RememberStateAsync()
    {
        var version = await commits.VersionAsync();
        if (last is null || version != lastVersion)
        {
            last = await FingerprintAsync();
            lastVersion = version;
        }
    }

    private async Task CheckNothingChangedAsync(string request)
    {
        if (await commits.VersionAsync() == lastVersion)
        {
            return;
        }

        var after = await FingerprintAsync();
        var changed = after.ChangedSince(last!);
        if (changed.Count > 0)
        {
            RefusedThatChangedRows++;
            ChangedByRefused.Add($"{request}, changed {string.Join(", ", changed)}");
        }
    }

    private async Task<DatabaseFingerprint> FingerprintAsync()
    {
        fingerprint.Start();
        Fingerprints++;
        var taken = await DatabaseFingerprint.TakeAsync(world.App);
        fingerprint.Stop();
        return taken;
    }
}
