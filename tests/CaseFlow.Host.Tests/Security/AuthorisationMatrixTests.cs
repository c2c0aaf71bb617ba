using System.Net;
using CaseFlow.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CaseFlow.Host.Tests.Security;

/// <summary>
/// Issue 16 part 3: every endpoint the app maps, sent by every principal (anonymous, IFKs, FMs, deputy,
/// supervisors, aB-pAps, process owner, data protection officer, two providers' keys), answers the status the
/// matrix in AuthorisationMatrix.*.cs expects, and no refused request changes a row. See docs/testing.md.
/// </summary>
public sealed class AuthorisationMatrixTests(MatrixApp shared, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    private readonly CaseFlowApp app = shared.App;

    private static IEnumerable<string> MatrixEndpoints => AuthorisationMatrix.All.Select(row => row.Endpoint).Distinct();

    [Fact]
    public void Every_endpoint_the_app_maps_has_a_line_in_the_matrix()
    {
        var missing = MappedEndpoints.Of(app.Services).Except(MatrixEndpoints).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"endpoints without a line in the authorisation matrix: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_line_of_the_matrix_names_an_endpoint_the_app_still_maps()
    {
        var stale = MatrixEndpoints.Except(MappedEndpoints.Of(app.Services)).Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, $"matrix lines for endpoints the app no longer maps: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Every_line_of_the_matrix_has_one_status_per_principal()
    {
        Assert.All(AuthorisationMatrix.All, row => Assert.True(
            row.Expected.Count == Principals.All.Count, $"{row}: {row.Expected.Count} statuses for {Principals.All.Count} principals"));
    }

    [Fact]
    public async Task The_commit_watch_and_the_fingerprint_see_a_registered_customer_and_a_read_changes_neither()
    {
        var ifk = await app.SignInAsync("ifk.braun");
        await using var commits = await SqliteCommitWatch.OpenAsync(app);
        var version = await commits.VersionAsync();
        var before = await DatabaseFingerprint.TakeAsync(app);

        await Infrastructure.Api.CreateCustomerAsync(ifk);
        var afterWrite = await commits.VersionAsync();
        var fingerprint = await DatabaseFingerprint.TakeAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await ifk.GetAsync("/api/cases")).StatusCode);

        Assert.NotEqual(version, afterWrite);
        Assert.Contains(fingerprint.ChangedSince(before), table => table.StartsWith("Customers ", StringComparison.Ordinal));
        Assert.Equal(afterWrite, await commits.VersionAsync());
        Assert.Empty((await DatabaseFingerprint.TakeAsync(app)).ChangedSince(fingerprint));
    }

    [Fact]
    public async Task Every_principal_gets_the_expected_status_on_every_endpoint_and_refused_requests_change_no_row()
    {
        var world = await MatrixWorld.CreateAsync(app);
        await using var commits = await SqliteCommitWatch.OpenAsync(app);
        var run = new MatrixRun(world, commits);

        foreach (var row in AuthorisationMatrix.All)
        {
            await run.CheckAsync(row);
        }

        output.WriteLine(
            $"{MatrixEndpoints.Count()} endpoints in {AuthorisationMatrix.All.Count} lines x {Principals.All.Count} principals = "
            + $"{run.Checked} requests checked; {run.Refused} refused, refused requests that changed a row: {run.RefusedThatChangedRows}");
        output.WriteLine($"time: preparing {run.Time.Prepare.TotalSeconds:0.0} s, sending {run.Time.Send.TotalSeconds:0.0} s, {run.Fingerprints} fingerprints {run.Time.Fingerprint.TotalSeconds:0.0} s");
        Assert.True(run.Mismatches.Count == 0,
            $"{run.Mismatches.Count} lines answer otherwise than the matrix says (columns: {Principals.Header}):\n{string.Join('\n', run.Mismatches)}");
        Assert.True(run.ChangedByRefused.Count == 0, $"refused requests changed rows:\n{string.Join('\n', run.ChangedByRefused)}");
    }
}
