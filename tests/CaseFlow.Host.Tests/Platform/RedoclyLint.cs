using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Browser;

namespace CaseFlow.Host.Tests.Platform;

/// <summary>
/// Runs Redocly CLI (tools/openapi-lint, installed there with npm ci by test.sh) with tools/openapi-lint/redocly.yaml on
/// an OpenAPI document and returns its problems. Never skips: without Node.js or the package it fails and says why.
/// </summary>
internal static class RedoclyLint
{
    public sealed record Problem(string RuleId, string Severity, string Pointer, string Message)
    {
        public override string ToString() => $"{Severity} {RuleId} at {Pointer}: {Message}";
    }

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tools", "openapi-lint");

    private static readonly string Cli = Path.Combine(Folder, "node_modules", "@redocly", "cli", "bin", "cli.js");

    public static async Task<IReadOnlyList<Problem>> LintAsync(string documentJson, string name)
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException(
                $"Redocly CLI is missing ({Cli}). Install it with `npm ci` in tools/openapi-lint (./test.sh does that).");
        }

        var folder = Directory.CreateTempSubdirectory("caseflow-openapi-lint-");
        try
        {
            var file = Path.Combine(folder.FullName, $"{name}.json");
            await File.WriteAllTextAsync(file, documentJson);
            var (exitCode, output, errors) = await RunNodeAsync(Cli, "lint", "--config", Path.Combine(Folder, "redocly.yaml"), "--format=json", file);
            if (exitCode is not (0 or 1) || !output.TrimStart().StartsWith('{'))
            {
                throw new InvalidOperationException($"redocly lint exited with {exitCode}:\n{output}\n{errors}");
            }

            return JsonNode.Parse(output)!["problems"]!.AsArray().Select(p => new Problem(
                p!["ruleId"]!.GetValue<string>(),
                p["severity"]!.GetValue<string>(),
                p["location"]![0]!["pointer"]!.GetValue<string>(),
                p["message"]!.GetValue<string>())).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry and no update check: the linter talks to nobody.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException(
                "Node.js (node) is not on PATH; the OpenAPI lint test needs it (./test.sh installs nodejs and npm).", missing);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("redocly lint did not finish within 2 minutes.");
            }

            return (process.ExitCode, await output, await errors);
        }
    }
}
