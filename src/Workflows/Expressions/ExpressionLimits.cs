namespace CaseFlow.Workflows.Expressions;

/// <summary>The bounds that keep every expression cheap to parse and evaluate.</summary>
public static class ExpressionLimits
{
    /// <summary>Longest accepted source text, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Deepest nesting of parentheses, lists, function calls and unary operators.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Most evaluation steps (nodes visited, list elements converted or compared) per evaluation.</summary>
    public const int MaxEvaluationSteps = 10_000;

    /// <summary>Longest list read from the variables (a list literal is already bounded by the text length).</summary>
    public const int MaxListLength = 1_000;
}
