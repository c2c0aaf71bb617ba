using CaseFlow.Workflows.Expressions.Evaluation;
using CaseFlow.Workflows.Expressions.Syntax;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Expressions.Checking;

/// <summary>
/// Checks a syntax tree before it is ever run: known roots and functions, arity, and operand types that can
/// never work. Paths into <c>vars</c> and <c>case</c> are <see cref="ExpressionType.Any"/> (their values are checked at runtime);
/// paths into <c>rules</c> must name a known rule value and have its type (<see cref="RulePaths"/>).
/// </summary>
internal static class TypeChecker
{
    public static ExpressionType Check(Node node) => node switch
    {
        LiteralNode literal => literal.Type,
        ListNode list => CheckList(list),
        PathNode path => CheckPath(path),
        CallNode call => CheckCall(call),
        UnaryNode unary => CheckUnary(unary),
        BinaryNode binary => CheckBinary(binary),
        _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}"),
    };

    private static ExpressionType CheckList(ListNode list)
    {
        foreach (var item in list.Items)
        {
            Check(item);
        }

        return ExpressionType.List;
    }

    private static ExpressionType CheckPath(PathNode path)
    {
        if (!ExpressionScope.KnownRoots.Contains(path.Root))
        {
            var hint = FunctionChecks.Arity.ContainsKey(path.Root) ? $"; als Funktion: {path.Root}(...)" : $"; gemeint vars.{path.Text}?";
            throw SyntaxError.At(
                path.Position,
                $"Unbekannter Name '{path.Root}' (unknown name), erlaubt sind {string.Join(", ", ExpressionScope.KnownRoots)}{hint}");
        }

        return path.Root == RuleValues.Root ? RulePaths.Check(path) : ExpressionType.Any;
    }

    private static ExpressionType CheckCall(CallNode call)
    {
        if (!FunctionChecks.Arity.TryGetValue(call.Name, out var arity))
        {
            throw SyntaxError.At(
                call.Position,
                $"Unbekannte Funktion '{call.Name}' (unknown function), bekannt sind {string.Join(", ", FunctionChecks.Arity.Keys)}");
        }

        if (call.Arguments.Count != arity)
        {
            throw SyntaxError.At(
                call.Position,
                $"{call.Name} erwartet {arity} Argument{(arity == 1 ? string.Empty : "e")}, gefunden {call.Arguments.Count} (wrong number of arguments)");
        }

        var types = call.Arguments.Select(Check).ToList();
        return FunctionChecks.Check(call, types);
    }

    private static ExpressionType CheckUnary(UnaryNode unary)
    {
        var operand = Check(unary.Operand);
        var (allowed, text) = unary.Operator == UnaryOperator.Not
            ? (new[] { ExpressionType.Boolean }, "einen Wahrheitswert (boolean)")
            : (new[] { ExpressionType.Number, ExpressionType.Duration }, "eine Zahl oder Dauer (number or duration)");
        if (operand != ExpressionType.Any && !allowed.Contains(operand))
        {
            throw SyntaxError.At(unary.Position, $"'{unary.Operator.Symbol()}' braucht {text}, gefunden {operand.Name()}");
        }

        return unary.Operator == UnaryOperator.Not ? ExpressionType.Boolean : operand;
    }

    private static ExpressionType CheckBinary(BinaryNode binary)
    {
        var (left, right) = (Check(binary.Left), Check(binary.Right));
        var op = binary.Operator;
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            RequireBoolean(binary, left, "links");
            RequireBoolean(binary, right, "rechts");
            return ExpressionType.Boolean;
        }

        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            return ExpressionType.Boolean;
        }

        if (op == BinaryOperator.In)
        {
            return right is ExpressionType.Any or ExpressionType.List
                ? ExpressionType.Boolean
                : throw SyntaxError.At(binary.OperatorPosition, $"'in' braucht rechts eine Liste (list), gefunden {right.Name()}");
        }

        if (left == ExpressionType.Null || right == ExpressionType.Null)
        {
            var what = op.IsOrdering() ? "Vergleich mit null (comparison with null)" : "Rechnen mit null (arithmetic with null)";
            throw SyntaxError.At(binary.OperatorPosition, $"{what} bei '{op.Symbol()}' ist nie gültig");
        }

        var results = Coercion.Candidates(op, left, right).Select(r => r.Result).Distinct().ToList();
        return results.Count switch
        {
            0 => throw SyntaxError.At(
                binary.OperatorPosition,
                $"Operator '{op.Symbol()}' passt nicht zu {left.Name()} und {right.Name()} (operand types never match)"),
            1 => results[0],
            _ => ExpressionType.Any,
        };
    }

    private static void RequireBoolean(BinaryNode binary, ExpressionType type, string side)
    {
        if (type is not (ExpressionType.Any or ExpressionType.Boolean))
        {
            throw SyntaxError.At(
                binary.OperatorPosition,
                $"'{binary.Operator.Symbol()}' braucht Wahrheitswerte (booleans), {side} steht {type.Name()}");
        }
    }
}
