namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>Counts evaluation steps and stops an evaluation that exceeds <see cref="ExpressionLimits.MaxEvaluationSteps"/>.</summary>
internal sealed class Budget
{
    private int steps;

    public void Spend(int count = 1)
    {
        steps += count;
        if (steps > ExpressionLimits.MaxEvaluationSteps)
        {
            throw new ValueException(
                $"Auswertung ist zu aufwendig (more than {ExpressionLimits.MaxEvaluationSteps} evaluation steps)");
        }
    }
}
