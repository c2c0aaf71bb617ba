namespace CaseFlow.Workflows.Goals;

/// <summary>A goal as the coach enters it (<see cref="GoalCycle.Agree"/> checks it).</summary>
public sealed record GoalDraft(
    Guid CustomerId, string? ResourceArea, string? Description, DateOnly? AgreedOn, bool? AgreedWithCustomer, string Coach, DateTime Now);
