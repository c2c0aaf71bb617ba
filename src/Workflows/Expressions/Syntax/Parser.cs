namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, comparisons and
/// <c>in</c> (not chainable), <c>+ -</c>, <c>* /</c>, unary minus, then literals, lists, calls, paths, parentheses.
/// </summary>
internal sealed partial class Parser
{
    private readonly IReadOnlyList<Token> tokens;
    private int index;
    private int depth;

    private Parser(IReadOnlyList<Token> tokens) => this.tokens = tokens;

    private Token Current => tokens[index];

    public static Node Parse(string text)
    {
        if (text.Length > ExpressionLimits.MaxTextLength)
        {
            throw SyntaxError.At(
                ExpressionLimits.MaxTextLength,
                $"Ausdruck ist zu lang (text longer than {ExpressionLimits.MaxTextLength} characters): {text.Length} Zeichen");
        }

        var parser = new Parser(Lexer.Tokenize(text));
        if (parser.Current.Kind == TokenKind.End)
        {
            throw SyntaxError.At(0, "Ausdruck ist leer (empty expression)");
        }

        var node = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw SyntaxError.At(
                parser.Current.Position,
                $"Unerwartetes {parser.Current.Describe()} nach dem Ausdruck (unexpected token); fehlt ein Operator?");
        }

        return node;
    }

    private Node ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var op = Advance();
            left = new BinaryNode(BinaryOperator.Or, left, ParseAnd(), op.Position);
        }

        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And)
        {
            var op = Advance();
            left = new BinaryNode(BinaryOperator.And, left, ParseNot(), op.Position);
        }

        return left;
    }

    private Node ParseNot()
    {
        if (Current.Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        var op = Advance();
        Enter(op);
        var operand = ParseNot();
        depth--;
        return new UnaryNode(UnaryOperator.Not, operand, op.Position, operand.End);
    }

    private Node ParseComparison()
    {
        var left = ParseAdditive();
        if (ComparisonOperator(Current.Kind) is not { } kind)
        {
            return left;
        }

        var op = Advance();
        var node = new BinaryNode(kind, left, ParseAdditive(), op.Position);
        if (ComparisonOperator(Current.Kind) is not null)
        {
            throw SyntaxError.At(
                Current.Position,
                $"Vergleiche lassen sich nicht verketten (chained comparison): vor {Current.Describe()} bitte 'and' verwenden");
        }

        return node;
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            var kind = op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryNode(kind, left, ParseMultiplicative(), op.Position);
        }

        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance();
            var kind = op.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide;
            left = new BinaryNode(kind, left, ParseUnary(), op.Position);
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePrimary();
        }

        var op = Advance();
        Enter(op);
        var operand = ParseUnary();
        depth--;
        return new UnaryNode(UnaryOperator.Negate, operand, op.Position, operand.End);
    }

    private Token Advance() => tokens[index++];

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.In => BinaryOperator.In,
        _ => null,
    };
}
