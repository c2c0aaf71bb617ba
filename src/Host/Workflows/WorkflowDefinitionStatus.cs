namespace CaseFlow.Host.Workflows;

/// <summary>Whether a stored BPMN file is the key's draft or a published version.</summary>
public enum WorkflowDefinitionStatus
{
    /// <summary>Uploaded, not yet running anything; a new upload replaces it (version 0).</summary>
    Draft,

    /// <summary>An immutable version (1, 2, ...) new instances can start on.</summary>
    Published,
}
