using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// Publishes the BPMN files CaseFlow ships (folder <c>Workflows:Folder</c>, default <c>workflows/</c> next to the
/// binaries) at start: a file becomes a new version when its key is new or its content differs from the latest
/// published version. An invalid shipped file stops the start, listing its problems.
/// </summary>
public sealed class ShippedWorkflowPublisher(
    WorkflowPublishing publishing, BpmnReaderOptions options, IConfiguration configuration, ILogger<ShippedWorkflowPublisher> logger)
{
    /// <summary>The actor shipped versions are created and published by.</summary>
    public const string Actor = "caseflow.shipped";

    public const string FolderSetting = "Workflows:Folder";

    public string Folder => configuration[FolderSetting] is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "workflows");

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            logger.LogInformation("No shipped workflows: folder {Folder} does not exist", Folder);
            return;
        }

        var files = Directory.GetFiles(Folder, "*.bpmn").Order(StringComparer.Ordinal).ToList();
        var read = new List<(string File, string Xml, BpmnReadResult Result)>();
        foreach (var file in files)
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            read.Add((file, xml, BpmnReader.Read(xml, options)));
        }

        var invalid = read.Where(r => !r.Result.IsValid).ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException("Shipped workflow files are invalid, CaseFlow does not start:" + string.Concat(
                invalid.Select(r => $"{Environment.NewLine}  {Path.GetFileName(r.File)}:" + string.Concat(
                    r.Result.Problems.Select(p => $"{Environment.NewLine}    - {p}")))));
        }

        var duplicate = read.GroupBy(r => r.Result.Model!.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Shipped workflow files {string.Join(" and ", duplicate.Select(r => Path.GetFileName(r.File)))} have the same key '{duplicate.Key}'.");
        }

        foreach (var (file, xml, result) in read)
        {
            await PublishIfChangedAsync(Path.GetFileName(file), xml, result.Model!, cancellationToken);
        }
    }

    private async Task PublishIfChangedAsync(string file, string xml, WorkflowModel model, CancellationToken cancellationToken)
    {
        var latest = await publishing.FindLatestPublishedAsync(model.Key, cancellationToken);
        if (latest?.ContentHash == WorkflowDefinition.HashOf(xml))
        {
            logger.LogDebug("Shipped workflow {Key} from {File} is unchanged (version {Version})", model.Key, file, latest.Version);
            return;
        }

        var published = await publishing.PublishAsync(model, xml, Actor, cancellationToken);
        logger.LogInformation("Shipped workflow {Key} from {File} published as version {Version}", model.Key, file, published.Version);
    }
}
