namespace CaseFlow.Host.Workflows;

/// <summary>
/// A workflow key as <c>GET /api/workflows</c> lists it: name, case kind, its draft (if any), its published versions, and the
/// case kind it is the default workflow of (<see cref="DefaultFor"/>, null when none).
/// </summary>
public sealed record WorkflowSummary(
    string Key,
    string Name,
    string? CaseKind,
    int? LatestVersion,
    WorkflowSummary.DraftInfo? Draft,
    IReadOnlyList<WorkflowSummary.VersionInfo> Versions,
    string? DefaultFor = null)
{
    public sealed record DraftInfo(string Name, string ContentHash, DateTime CreatedAt, string CreatedBy);

    /// <summary>A published version; <paramref name="RunningInstances"/> counts its instances still running (incidents included).</summary>
    public sealed record VersionInfo(int Version, string Name, string ContentHash, DateTime PublishedAt, string PublishedBy, int RunningInstances);

    /// <summary>A stored definition without its XML.</summary>
    internal sealed record Row(
        string Key, int Version, WorkflowDefinitionStatus Status, string Name, string? CaseKind, string ContentHash,
        DateTime CreatedAt, string CreatedBy, DateTime? PublishedAt, string? PublishedBy);

    /// <summary>One summary per key, ordered by key; name and case kind from the latest published version, else the draft.</summary>
    internal static List<WorkflowSummary> Of(
        IEnumerable<Row> rows, IReadOnlyDictionary<(string Key, int Version), int> running, IReadOnlyDictionary<string, string> defaults) =>
        rows.GroupBy(r => r.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var published = g.Where(r => r.Status == WorkflowDefinitionStatus.Published).OrderBy(r => r.Version).ToList();
                var draft = g.FirstOrDefault(r => r.Status == WorkflowDefinitionStatus.Draft);
                var head = published.LastOrDefault() ?? draft!;
                return new WorkflowSummary(
                    g.Key,
                    head.Name,
                    head.CaseKind,
                    published.LastOrDefault()?.Version,
                    draft is null ? null : new DraftInfo(draft.Name, draft.ContentHash, draft.CreatedAt, draft.CreatedBy),
                    [.. published.Select(r => new VersionInfo(r.Version, r.Name, r.ContentHash, r.PublishedAt!.Value, r.PublishedBy!, running.GetValueOrDefault((r.Key, r.Version))))],
                    defaults.GetValueOrDefault(g.Key));
            })
            .ToList();
}
