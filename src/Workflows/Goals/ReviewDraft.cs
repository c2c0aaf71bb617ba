namespace CaseFlow.Workflows.Goals;

/// <summary>A review as entered (<see cref="GoalCycle.Review"/>).</summary>
public sealed record ReviewDraft(string? Outcome, string? Decision, string? Note, string By, DateTime Now);
