namespace CaseFlow.Workflows.Cases.Lifecycle;

/// <summary>A guard that did not hold: its name and the German reason, built from the case.</summary>
public sealed record GuardFailure(string Guard, string Message);
