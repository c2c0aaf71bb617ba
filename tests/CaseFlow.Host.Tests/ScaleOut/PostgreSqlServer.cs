using System.Diagnostics;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Stops and starts the throwaway PostgreSQL server of a <c>test.sh</c> run through the wrapper it names in
/// <c>CASEFLOW_TEST_POSTGRES_CTL</c> (<c>stop</c> | <c>start</c>). Without the variable the test fails with a message; it never skips.
/// </summary>
public static class PostgreSqlServer
{
    public const string CtlVariable = "CASEFLOW_TEST_POSTGRES_CTL";

    public static Task StopAsync() => CtlAsync("stop");

    public static Task StartAsync() => CtlAsync("start");

    private static async Task CtlAsync(string command)
    {
        var ctl = Environment.GetEnvironmentVariable(CtlVariable);
        if (string.IsNullOrWhiteSpace(ctl) || !File.Exists(ctl))
        {
            throw new InvalidOperationException(
                $"{CtlVariable} is not set or names no file. The database restart test stops and starts the PostgreSQL server: run ./test.sh, which sets it.");
        }

        var start = new ProcessStartInfo(ctl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{ctl} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{ctl} {command} failed ({process.ExitCode}): {await stdout} {await stderr}");
        }
    }
}
