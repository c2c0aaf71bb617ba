using CaseFlow.Workflows.Expressions.Checking;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>Evaluates a checked syntax tree against a scope within the step budget.</summary>
internal sealed class Evaluator(string text, ExpressionScope scope)
{
    public Budget Budget { get; } = new();

    public ExpressionScope Scope => scope;

    public object? Evaluate(Node node)
    {
        try
        {
            Budget.Spend();
            return node switch
            {
                LiteralNode literal => literal.Value,
                ListNode list => list.Items.Select(Evaluate).ToList(),
                PathNode path => RulePaths.Typed(path, JsonPaths.ToValue(JsonPaths.Resolve(path, scope), path.Text, Budget)),
                CallNode call => new FunctionCalls(this).Invoke(call),
                UnaryNode unary => EvaluateUnary(unary),
                BinaryNode binary => EvaluateBinary(binary),
                _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}"),
            };
        }
        catch (ValueException error)
        {
            throw Fail(error, node.Position);
        }
    }

    /// <summary>Why a null operand is wrong, naming the path that is not set.</summary>
    public string Missing(Node node) => node is PathNode path
        ? $"{path.Text} ist nicht gesetzt"
        : $"'{text[node.Position..node.End]}' ergibt null";

    private object EvaluateUnary(UnaryNode unary)
    {
        var value = Evaluate(unary.Operand);
        return (unary.Operator, value) switch
        {
            (UnaryOperator.Not, bool flag) => !flag,
            (UnaryOperator.Negate, decimal number) => -number,
            (UnaryOperator.Negate, IsoDuration duration) => duration.Negate(),
            (_, null) => throw new ValueException($"'{unary.Operator.Symbol()}' mit null (missing value): {Missing(unary.Operand)}"),
            _ => throw new ValueException($"'{unary.Operator.Symbol()}' passt nicht zu {Values.Describe(value)}"),
        };
    }

    private object EvaluateBinary(BinaryNode binary)
    {
        var op = binary.Operator;
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            var left = Condition(binary, binary.Left);
            return (op == BinaryOperator.And ? left && Condition(binary, binary.Right) : left || Condition(binary, binary.Right));
        }

        var (leftValue, rightValue) = (Evaluate(binary.Left), Evaluate(binary.Right));
        try
        {
            return op switch
            {
                BinaryOperator.Equal => Equality.AreEqual(leftValue, rightValue, Budget),
                BinaryOperator.NotEqual => !Equality.AreEqual(leftValue, rightValue, Budget),
                BinaryOperator.In => Equality.Contains(List(binary.Right, rightValue, "'in' braucht rechts"), leftValue, Budget),
                _ => Apply(binary, leftValue, rightValue),
            };
        }
        catch (Exception error) when (IsValueError(error))
        {
            throw Fail(error, binary.OperatorPosition);
        }
    }

    public IReadOnlyList<object?> List(Node node, object? value, string what) => value switch
    {
        IReadOnlyList<object?> list => list,
        null => throw new ValueException($"{what} eine Liste (list), aber {Missing(node)}"),
        _ => throw new ValueException($"{what} eine Liste (list), gefunden {Values.Describe(value)}"),
    };

    private bool Condition(BinaryNode binary, Node operand) => Evaluate(operand) switch
    {
        bool flag => flag,
        null => throw new ExpressionException(
            $"'{binary.Operator.Symbol()}' braucht Wahrheitswerte (booleans), aber {Missing(operand)} (Position {operand.Position})",
            operand.Position),
        var other => throw new ExpressionException(
            $"'{binary.Operator.Symbol()}' braucht Wahrheitswerte (booleans), gefunden {Values.Describe(other)} (Position {operand.Position})",
            operand.Position),
    };

    private object Apply(BinaryNode binary, object? left, object? right)
    {
        var what = binary.Operator.IsOrdering() ? "Vergleich mit null (missing value)" : "Rechnen mit null (missing value)";
        if (left is null || right is null)
        {
            var missing = left is null ? binary.Left : binary.Right;
            throw new ExpressionException($"{what}: {Missing(missing)} (Position {missing.Position})", missing.Position);
        }

        var (rule, l, r) = Coercion.Resolve(binary.Operator, left, right, scope.Calendar);
        return rule is null
            ? throw new ValueException(
                $"Operator '{binary.Operator.Symbol()}' passt nicht zu {Values.Describe(left)} und {Values.Describe(right)}")
            : rule.Apply(l, r, scope.Calendar);
    }

    private static bool IsValueError(Exception error) =>
        error is ValueException or DivideByZeroException or OverflowException or ArgumentOutOfRangeException;

    private static ExpressionException Fail(Exception error, int position)
    {
        var message = error switch
        {
            ValueException => error.Message,
            DivideByZeroException => "Division durch null (division by zero)",
            OverflowException => "Ergebnis ist zu groß (number overflow)",
            _ => "Datum außerhalb des gültigen Bereichs (date out of range)",
        };
        return new ExpressionException($"{message} (Position {position})", position);
    }
}
