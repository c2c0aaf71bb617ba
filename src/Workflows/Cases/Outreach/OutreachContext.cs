using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>What the outreach machine works on: the scene plus the rule set in force today.</summary>
public sealed class OutreachContext(CaseScene scene, OutreachRuleSet rules) : CaseContext(scene)
{
    public OutreachRuleSet Rules { get; } = rules;

    public OutreachDetails File => Case.Outreach ?? throw new InvalidOperationException("An outreach case has no outreach file.");

    public int CustomerAge => Customer.AgeOn(Today);

    public bool CustomerYoungEnough => CustomerAge < Rules.MaximumAge;

    /// <summary>The last day of the activation phase: the documented extension, or the usual limit from its start.</summary>
    public DateOnly? ActivationEnd =>
        File.ExtendedUntil ?? (File.ActivationStartedAt is { } started
            ? Calendar.DateOf(started).AddMonths(Rules.ActivationMonths)
            : null);

    /// <summary>Whether the activation phase has run past its end without a (further) extension.</summary>
    public bool ActivationOverdue => ActivationEnd is { } end && Today > end;

    /// <summary>An extension runs from the current end, or from today when that has passed.</summary>
    public DateOnly ExtensionBase => ActivationEnd is { } end && end > Today ? end : Today;

    public DateOnly LatestExtension => ExtensionBase.AddMonths(Rules.MaximumExtensionMonths);
}
