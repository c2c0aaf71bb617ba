using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>What the bFM machine works on: the scene plus the rule set in force today.</summary>
public sealed class BfmContext(CaseScene scene, BfmRuleSet rules) : CaseContext(scene)
{
    public BfmRuleSet Rules { get; } = rules;

    public BfmDetails File => Case.Bfm ?? throw new InvalidOperationException("A bFM case has no bFM file.");

    /// <summary>Latest review date allowed from today.</summary>
    public DateOnly LatestReviewDate => Today.AddMonths(Rules.ReviewIntervalMonths);

    /// <summary>Whether the case has been in bFM longer than the maximum regular duration.</summary>
    public bool BeyondMaximumDuration =>
        File.AcceptedAt is { } accepted && Now >= Calendar.AddMonths(accepted, Rules.MaximumDurationMonths);
}
