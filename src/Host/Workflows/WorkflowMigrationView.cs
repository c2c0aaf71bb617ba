using CaseFlow.Workflows.Engine.Migration;

namespace CaseFlow.Host.Workflows;

/// <summary>
/// The answer of <c>POST /api/workflows/{key}/migrations</c>: per running instance of the old version what happens
/// (dry run: <c>migrate</c> or <c>refused</c>) or what happened (<c>migrated</c> or <c>refused</c>).
/// </summary>
public sealed record WorkflowMigrationView(string Key, int FromVersion, int ToVersion, bool DryRun, IReadOnlyList<WorkflowMigrationView.InstanceOutcome> Instances)
{
    public const string Migrate = "migrate";
    public const string Migrated = "migrated";
    public const string Refused = "refused";

    /// <summary>One instance; <paramref name="Unmapped"/> are its old elements that need a (different) mapping entry.</summary>
    public sealed record InstanceOutcome(
        Guid InstanceId, Guid? CaseId, string Outcome, IReadOnlyList<ElementMove> Moves, IReadOnlyList<string> Reasons, IReadOnlyList<string> Unmapped);
}
