namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>A runtime value error without a position; the evaluator adds the position of the failing node.</summary>
internal sealed class ValueException(string message) : Exception(message);
