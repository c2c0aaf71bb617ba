using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>
/// A timer: <c>timeDuration</c> (once, after the duration) or <c>timeCycle</c> <c>R/P6M</c> or <c>R3/P6M</c>
/// (repeatedly; without a count until the element is left). Cycles are for non-interrupting boundary events.
/// With <see cref="DueDate"/> (<c>cf:dueDate</c>) the timer fires once at the date the expression gives from the
/// case data, and moves when that date changes while the timer waits.
/// </summary>
public sealed record TimerDefinition(IsoDuration Duration, bool IsCycle, int? Repetitions)
{
    /// <summary>The <c>cf:dueDate</c> expression (a date or date-time, e.g. <c>case.bfm.nextReviewDue</c>); null for duration and cycle timers.</summary>
    public Expression? DueDate { get; init; }

    /// <summary>A timer that fires at the date of the expression.</summary>
    public static TimerDefinition At(Expression dueDate) => new(IsoDuration.Zero, false, null) { DueDate = dueDate };

    public override string ToString() =>
        DueDate is { } expression ? $"cf:dueDate '{expression.Text}'"
        : IsCycle ? $"R{Repetitions?.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{Duration}" : Duration.ToString();
}
