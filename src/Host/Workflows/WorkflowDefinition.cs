using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// One stored BPMN file of a workflow key: the key's draft (version 0, one per key, replaced by each upload)
/// or a published version (1, 2, ...), which never changes again.
/// </summary>
public sealed class WorkflowDefinition
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The process id of the file (e.g. <c>bfm-referral</c>).</summary>
    public required string Key { get; init; }

    /// <summary>0 while draft; the version number once published.</summary>
    public int Version { get; private set; }

    public WorkflowDefinitionStatus Status { get; private set; } = WorkflowDefinitionStatus.Draft;

    public required string Name { get; set; }

    public string? CaseKind { get; set; }

    public required string Xml { get; set; }

    /// <summary>SHA-256 of the XML text (UTF-8), lower-case hex.</summary>
    public required string ContentHash { get; set; }

    public required DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public static string HashOf(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    /// <summary>Turns the draft into version <paramref name="version"/>; from then on it is immutable.</summary>
    public void Publish(int version, string by, DateTime at)
    {
        if (Status != WorkflowDefinitionStatus.Draft)
        {
            throw new InvalidOperationException($"Workflow '{Key}' version {Version} is already published.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        (Version, Status, PublishedBy, PublishedAt) = (version, WorkflowDefinitionStatus.Published, by, at);
    }
}
