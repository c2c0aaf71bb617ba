namespace CaseFlow.Workflows.Expressions.Syntax;

internal enum UnaryOperator
{
    Not,
    Negate,
}
