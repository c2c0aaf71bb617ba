namespace CaseFlow.Host.Workflows;

/// <summary>
/// The workflow a case of <see cref="Kind"/> starts with when it is opened (its latest published version). One row per
/// case kind; a process owner changes it, the shipped defaults are set at start while a kind has none.
/// </summary>
public sealed class CaseKindDefault
{
    /// <summary>The case kind (<c>bfm</c>, <c>outreach</c>, <c>referral</c>); the key of the row.</summary>
    public required string Kind { get; init; }

    /// <summary>The workflow key (<c>bpmn:process</c> id) whose latest published version starts.</summary>
    public required string WorkflowKey { get; set; }

    public required DateTime SetAt { get; set; }

    public required string SetBy { get; set; }
}
