using CaseFlow.Workflows.Expressions.Evaluation;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions.Checking;

/// <summary>The built-in functions: their arity and the argument types they accept.</summary>
internal static class FunctionChecks
{
    public static readonly IReadOnlyDictionary<string, int> Arity = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["count"] = 1,
        ["now"] = 0,
        ["today"] = 0,
        ["date"] = 1,
        ["duration"] = 1,
        ["contains"] = 2,
        ["isDefined"] = 1,
    };

    public static ExpressionType Check(CallNode call, IReadOnlyList<ExpressionType> types)
    {
        switch (call.Name)
        {
            case "count":
                Require(call, 0, types, ExpressionType.List);
                return ExpressionType.Number;
            case "now":
                return ExpressionType.DateTime;
            case "today":
                return ExpressionType.Date;
            case "date":
                Require(call, 0, types, ExpressionType.String, ExpressionType.Date, ExpressionType.DateTime);
                CheckLiteral(call.Arguments[0], Temporal.CheckDate);
                return ExpressionType.Date;
            case "duration":
                Require(call, 0, types, ExpressionType.String, ExpressionType.Duration);
                CheckLiteral(call.Arguments[0], text => Temporal.ToDuration(text));
                return ExpressionType.Duration;
            case "contains":
                Require(call, 0, types, ExpressionType.String, ExpressionType.List);
                if (types[0] == ExpressionType.String)
                {
                    Require(call, 1, types, ExpressionType.String);
                }

                return ExpressionType.Boolean;
            default:
                if (call.Arguments[0] is not PathNode)
                {
                    throw SyntaxError.At(
                        call.Arguments[0].Position,
                        "isDefined erwartet einen Pfad (expected a path) wie vars.antrag.datum");
                }

                return ExpressionType.Boolean;
        }
    }

    private static void Require(CallNode call, int index, IReadOnlyList<ExpressionType> types, params ExpressionType[] allowed)
    {
        var actual = types[index];
        if (actual != ExpressionType.Any && !allowed.Contains(actual))
        {
            throw SyntaxError.At(
                call.Arguments[index].Position,
                $"{call.Name} erwartet als {index + 1}. Argument {string.Join(" oder ", allowed.Select(t => t.Name()))}, "
                + $"gefunden {actual.Name()} (wrong argument type)");
        }
    }

    private static void CheckLiteral(Node argument, Action<string> parse)
    {
        if (argument is LiteralNode { Value: string text })
        {
            try
            {
                parse(text);
            }
            catch (ValueException error)
            {
                throw SyntaxError.At(argument.Position, error.Message);
            }
        }
    }
}
