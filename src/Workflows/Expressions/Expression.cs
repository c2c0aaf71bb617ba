using CaseFlow.Workflows.Expressions.Checking;
using CaseFlow.Workflows.Expressions.Evaluation;
using CaseFlow.Workflows.Expressions.Syntax;

namespace CaseFlow.Workflows.Expressions;

/// <summary>
/// A parsed, type-checked condition or value expression (CaseFlow's small FEEL-like language), e.g.
/// <c>vars.accepted = true and case.customer.age &lt; 25</c> or <c>today() - date(vars.start) &gt; duration('P30D')</c>.
/// Immutable and safe to share between threads; every evaluation is bounded by <see cref="ExpressionLimits"/>.
/// </summary>
public sealed class Expression
{
    private readonly Node root;

    private Expression(string text, Node root, ExpressionType type)
    {
        Text = text;
        this.root = root;
        Type = type;
        Roots = PathRoots.Of(root);
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The statically known result type (<see cref="ExpressionType.Any"/> when it depends on variables).</summary>
    public ExpressionType Type { get; }

    /// <summary>The roots its paths read (<c>vars</c>, <c>case</c>, <c>rules</c>), e.g. to find the timers a rule change moves.</summary>
    public IReadOnlySet<string> Roots { get; }

    /// <summary>Parses and type-checks; throws <see cref="ExpressionException"/> with the position and a message for process owners.</summary>
    public static Expression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = Parser.Parse(text);
        return new Expression(text, root, TypeChecker.Check(root));
    }

    /// <summary>Parses and type-checks without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out Expression? expression, out ExpressionException? error)
    {
        expression = null;
        error = null;
        try
        {
            expression = Parse(text ?? string.Empty);
            return true;
        }
        catch (ExpressionException exception)
        {
            error = exception;
            return false;
        }
    }

    /// <summary>Evaluates against the scope; throws <see cref="ExpressionException"/> on a runtime type error or when a bound is exceeded.</summary>
    public object? Evaluate(ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new Evaluator(Text, scope).Evaluate(root);
    }

    /// <summary>Evaluates a condition; anything but a boolean result is an <see cref="ExpressionException"/>.</summary>
    public bool IsTrue(ExpressionScope scope) => Evaluate(scope) switch
    {
        bool result => result,
        var other => throw new ExpressionException(
            $"Bedingung ergibt keinen Wahrheitswert (not a boolean): '{Text}' ergibt {Values.Describe(other)}", 0),
    };

    /// <summary>
    /// Evaluates a value such as an assignee or a correlation key: text as is, numbers, dates, date-times and
    /// durations as invariant ISO text, null as null; a boolean or list is an <see cref="ExpressionException"/>.
    /// </summary>
    public string? EvaluateString(ExpressionScope scope)
    {
        var value = Evaluate(scope);
        return value is null ? null : Values.Text(value) ?? throw new ExpressionException(
            $"Ausdruck ergibt keinen Text (not a text value): '{Text}' ergibt {Values.Describe(value)}", 0);
    }

    public override string ToString() => Text;
}
