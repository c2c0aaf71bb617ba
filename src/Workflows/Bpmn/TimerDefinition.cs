using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Bpmn;

/// <summary>
/// A timer: <c>timeDuration</c> (once, after the duration) or <c>timeCycle</c> <c>R/P6M</c> or <c>R3/P6M</c>
/// (repeatedly; without a count until the element is left). Cycles are for non-interrupting boundary events.
/// </summary>
public sealed record TimerDefinition(IsoDuration Duration, bool IsCycle, int? Repetitions)
{
    public override string ToString() =>
        IsCycle ? $"R{Repetitions?.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{Duration}" : Duration.ToString();
}
