namespace CaseFlow.Workflows.Expressions;

// SKELETON (lead): the public surface the BPMN reader and the engine use. The expressions helper replaces
// this file with the real parser, type checker and evaluator, keeping these members.

/// <summary>A parsed, type-checked condition or value expression (CaseFlow's small FEEL-like language).</summary>
public sealed class Expression
{
    private Expression(string text, ExpressionType type)
    {
        Text = text;
        Type = type;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The statically known result type (<see cref="ExpressionType.Any"/> when it depends on variables).</summary>
    public ExpressionType Type { get; }

    /// <summary>Parses and type-checks; throws <see cref="ExpressionException"/> with the position and a message for process owners.</summary>
    public static Expression Parse(string text) => throw new NotImplementedException(text);

    /// <summary>Evaluates against the scope; throws <see cref="ExpressionException"/> on a runtime type error or when a bound is exceeded.</summary>
    public object? Evaluate(ExpressionScope scope) => throw new NotImplementedException(scope.ToString());

    /// <summary>Evaluates a condition; anything but a boolean result is an <see cref="ExpressionException"/>.</summary>
    public bool IsTrue(ExpressionScope scope) => throw new NotImplementedException(scope.ToString());

    public override string ToString() => Text;
}
