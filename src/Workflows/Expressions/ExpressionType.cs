namespace CaseFlow.Workflows.Expressions;

/// <summary>The static type of an expression's result.</summary>
public enum ExpressionType
{
    Any,
    Null,
    Boolean,
    Number,
    String,
    Date,
    DateTime,
    Duration,
    List,
}
