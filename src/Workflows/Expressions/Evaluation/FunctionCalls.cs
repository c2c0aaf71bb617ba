using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions.Evaluation;

/// <summary>Runs the built-in functions (their types are checked by <c>FunctionChecks</c> at parse time).</summary>
internal sealed class FunctionCalls(Evaluator evaluator)
{
    public object? Invoke(CallNode call) => call.Name switch
    {
        "count" => Count(call.Arguments[0]),
        "now" => evaluator.Scope.Now,
        "today" => evaluator.Scope.Calendar.DateOf(evaluator.Scope.Now),
        "date" => Date(call.Arguments[0]),
        "duration" => Duration(call.Arguments[0]),
        "contains" => Contains(call.Arguments[0], call.Arguments[1]),
        "isDefined" => IsDefined((PathNode)call.Arguments[0]),
        _ => throw new InvalidOperationException($"Unknown function {call.Name}"),
    };

    /// <summary>True when the path leads to a value other than null; a path through a non-object is not defined.</summary>
    private bool IsDefined(PathNode path)
    {
        try
        {
            return JsonPaths.Resolve(path, evaluator.Scope) is not null;
        }
        catch (ValueException)
        {
            return false;
        }
    }

    private decimal Count(Node argument)
    {
        if (argument is PathNode path && JsonPaths.Resolve(path, evaluator.Scope) is JsonArray array)
        {
            JsonPaths.CheckLength(array.Count, path.Text);
            return array.Count;
        }

        return evaluator.List(argument, evaluator.Evaluate(argument), "count braucht").Count;
    }

    private DateOnly Date(Node argument) => evaluator.Evaluate(argument) switch
    {
        string text => Temporal.ToDate(text, evaluator.Scope.Calendar),
        DateOnly date => date,
        DateTimeOffset instant => evaluator.Scope.Calendar.DateOf(instant),
        null => throw new ValueException($"date braucht ein Datum (date), aber {evaluator.Missing(argument)}"),
        var other => throw new ValueException($"date braucht Text oder Datum (string or date), gefunden {Values.Describe(other)}"),
    };

    private IsoDuration Duration(Node argument) => evaluator.Evaluate(argument) switch
    {
        string text => Temporal.ToDuration(text),
        IsoDuration duration => duration,
        null => throw new ValueException($"duration braucht eine Dauer (duration), aber {evaluator.Missing(argument)}"),
        var other => throw new ValueException($"duration braucht Text (string) wie 'P6M', gefunden {Values.Describe(other)}"),
    };

    private bool Contains(Node container, Node item)
    {
        var haystack = evaluator.Evaluate(container);
        var needle = evaluator.Evaluate(item);
        return haystack switch
        {
            string text when needle is string part => text.Contains(part, StringComparison.Ordinal),
            string => throw new ValueException($"contains in Text braucht Text (string), gefunden {Values.Describe(needle)}"),
            _ => Equality.Contains(evaluator.List(container, haystack, "contains braucht Text oder"), needle, evaluator.Budget),
        };
    }
}
