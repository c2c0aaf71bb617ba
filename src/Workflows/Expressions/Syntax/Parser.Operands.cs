namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>The operand level of the parser: literals, lists, calls, paths and parentheses, and the nesting bound.</summary>
internal sealed partial class Parser
{
    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new LiteralNode(token.Value, ExpressionType.Number, token.Position, token.End);
            case TokenKind.String:
                Advance();
                return new LiteralNode(token.Value, ExpressionType.String, token.Position, token.End);
            case TokenKind.True or TokenKind.False:
                Advance();
                return new LiteralNode(token.Kind == TokenKind.True, ExpressionType.Boolean, token.Position, token.End);
            case TokenKind.Null:
                Advance();
                return new LiteralNode(null, ExpressionType.Null, token.Position, token.End);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseList();
            case TokenKind.Identifier:
                return tokens[index + 1].Kind == TokenKind.LeftParen ? ParseCall() : ParsePath();
            case TokenKind.End:
                throw SyntaxError.At(token.Position, "Ausdruck endet unerwartet (unexpected end): es fehlt ein Operand");
            default:
                throw SyntaxError.At(token.Position, $"Operand erwartet (expected an operand), gefunden {token.Describe()}");
        }
    }

    private Node ParseParenthesized()
    {
        var open = Advance();
        Enter(open);
        var inner = ParseOr();
        Expect(TokenKind.RightParen, "')'", open);
        depth--;
        return inner;
    }

    private Node ParseList()
    {
        var open = Advance();
        Enter(open);
        var items = Arguments(TokenKind.RightBracket, "']'", open);
        var close = tokens[index - 1];
        depth--;
        return new ListNode(items, open.Position, close.End);
    }

    private Node ParseCall()
    {
        var name = Advance();
        var open = Advance();
        Enter(open);
        var arguments = Arguments(TokenKind.RightParen, "')'", open);
        depth--;
        return new CallNode(name.Text, arguments, name.Position, tokens[index - 1].End);
    }

    private Node ParsePath()
    {
        var root = Advance();
        var members = new List<string>();
        var end = root.End;
        while (Current.Kind == TokenKind.Dot)
        {
            var dot = Advance();
            if (Current.Kind is not (TokenKind.Identifier or TokenKind.True or TokenKind.False or TokenKind.Null
                or TokenKind.And or TokenKind.Or or TokenKind.Not or TokenKind.In))
            {
                throw SyntaxError.At(
                    Current.Position,
                    $"Nach '.' fehlt ein Name (expected a member name after '.' at {dot.Position}), gefunden {Current.Describe()}");
            }

            var member = Advance();
            members.Add(member.Text);
            end = member.End;
        }

        return new PathNode(root.Text, members, root.Position, end);
    }

    private List<Node> Arguments(TokenKind close, string closeText, Token open)
    {
        var items = new List<Node>();
        if (Current.Kind == close)
        {
            Advance();
            return items;
        }

        items.Add(ParseOr());
        while (Current.Kind == TokenKind.Comma)
        {
            Advance();
            items.Add(ParseOr());
        }

        Expect(close, closeText, open);
        return items;
    }

    private void Expect(TokenKind kind, string text, Token open)
    {
        if (Current.Kind != kind)
        {
            throw SyntaxError.At(
                Current.Position,
                $"{text} erwartet (expected {text}) zu '{open.Text}' an Position {open.Position}, gefunden {Current.Describe()}");
        }

        Advance();
    }

    private void Enter(Token token)
    {
        if (++depth > ExpressionLimits.MaxNestingDepth)
        {
            throw SyntaxError.At(
                token.Position,
                $"Ausdruck ist zu tief verschachtelt (nesting deeper than {ExpressionLimits.MaxNestingDepth})");
        }
    }
}
