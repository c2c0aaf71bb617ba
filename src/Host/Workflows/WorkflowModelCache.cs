using System.Collections.Concurrent;
using CaseFlow.Workflows.Bpmn;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// Parsed models of published versions by (key, version); versions never change, so an entry never goes stale.
/// Stored versions are read again with the roles but without the case kinds' actions: they passed every check
/// when they were published, and running instances must keep their version even if a lifecycle changes later.
/// </summary>
public sealed class WorkflowModelCache(BpmnReaderOptions options)
{
    private readonly ConcurrentDictionary<(string Key, int Version), WorkflowModel> models = new();
    private readonly BpmnReaderOptions storedOptions = new() { Roles = options.Roles };

    public bool TryGet(string key, int version, out WorkflowModel model) =>
        models.TryGetValue((key, version), out model!);

    /// <summary>The model of a stored version, parsed once. Throws when the stored XML cannot be read any more.</summary>
    public WorkflowModel GetOrRead(string key, int version, string xml) =>
        models.GetOrAdd((key, version), _ =>
        {
            var result = BpmnReader.Read(xml, storedOptions);
            return result.Model ?? throw new InvalidOperationException(
                $"Stored workflow '{key}' version {version} cannot be read: {string.Join("; ", result.Problems)}");
        });
}
