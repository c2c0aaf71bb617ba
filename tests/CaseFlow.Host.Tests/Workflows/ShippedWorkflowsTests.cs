using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Host.Workflows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Workflows.TestWorkflows;

namespace CaseFlow.Host.Tests.Workflows;

/// <summary>Several starts of CaseFlow on one database, with a temporary folder of shipped workflow files.</summary>
public sealed class ShippedWorkflowsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "caseflow-tests", $"shipped-{Guid.NewGuid():N}");

    public ShippedWorkflowsTests() => Directory.CreateDirectory(Folder);

    private string Folder => Path.Combine(root, "workflows");

    [Fact]
    public async Task Shipped_files_are_published_at_start_kept_when_unchanged_and_published_again_when_changed()
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "intake-check.bpmn"), Valid());
        await File.WriteAllTextAsync(Path.Combine(Folder, "second.bpmn"), Valid(key: "second-flow"));

        Assert.Equal([("intake-check", 1), ("second-flow", 1)], await StartAndListAsync());
        Assert.Equal([("intake-check", 1), ("second-flow", 1)], await StartAndListAsync());

        await File.WriteAllTextAsync(Path.Combine(Folder, "intake-check.bpmn"), Valid(taskName: "Neu"));
        Assert.Equal([("intake-check", 1), ("intake-check", 2), ("second-flow", 1)], await StartAndListAsync());

        using var app = Start();
        var (definition, journal) = await app.InDatabaseAsync(async db => (
            await db.WorkflowDefinitions.SingleAsync(d => d.Key == "intake-check" && d.Version == 2),
            await db.Journal.Where(j => j.SubjectType == "workflow").ToListAsync()));
        Assert.Equal((ShippedWorkflowPublisher.Actor, ShippedWorkflowPublisher.Actor), (definition.CreatedBy, definition.PublishedBy));
        Assert.Contains("Neu", definition.Xml);
        Assert.Equal(3, journal.Count(j => j.Action == "publish" && j.Actor == ShippedWorkflowPublisher.Actor));
    }

    [Fact]
    public async Task A_shipped_version_leaves_the_process_owners_draft_alone_and_is_served_with_its_model()
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "intake-check.bpmn"), Valid());
        using var app = Start();
        var owner = await app.SignInAsync("owner.process");
        await UploadAsync(owner, Valid(taskName: "Entwurf"));

        await using var scope = app.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitions>();
        var latest = await definitions.FindPublishedAsync("intake-check", null, CancellationToken.None);
        Assert.NotNull(latest);
        Assert.Equal((1, "bfm"), (latest.Version, latest.CaseKind));
        Assert.Equal("Erstgespräch führen", latest.Model.Node("Task_Talk").Name);
        Assert.Same(latest.Model, (await definitions.FindPublishedAsync("intake-check", 1, CancellationToken.None))!.Model);
        Assert.Null(await definitions.FindPublishedAsync("intake-check", 2, CancellationToken.None));
        Assert.Null(await definitions.FindPublishedAsync("unknown", null, CancellationToken.None));
        Assert.Equal(["intake-check"], (await definitions.LatestPublishedAsync(CancellationToken.None)).Select(w => w.Key));
        Assert.Contains("Entwurf", await owner.GetStringAsync("/api/workflows/intake-check/draft"));
    }

    [Fact]
    public async Task An_invalid_shipped_file_stops_the_start_and_names_its_problems()
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "broken.bpmn"), FlowToNowhere);
        using var app = Start();

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        var message = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("broken.bpmn", message);
        Assert.Contains("Flow_3", message);
        Assert.Contains("dangling flow", message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private CaseFlowApp Start() =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(root, "caseflow.db")}") { Settings = { [ShippedWorkflowPublisher.FolderSetting] = Folder } };

    private async Task<List<(string, int)>> StartAndListAsync()
    {
        using var app = Start();
        return await app.InDatabaseAsync(async db => (await db.WorkflowDefinitions
            .Where(d => d.Status == WorkflowDefinitionStatus.Published)
            .Select(d => new { d.Key, d.Version })
            .ToListAsync())
            .OrderBy(d => d.Key, StringComparer.Ordinal).ThenBy(d => d.Version)
            .Select(d => (d.Key, d.Version))
            .ToList());
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
