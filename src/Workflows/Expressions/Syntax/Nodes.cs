namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>An immutable syntax-tree node; <see cref="Position"/> and <see cref="End"/> span its source text.</summary>
internal abstract record Node(int Position, int End);

/// <summary>A number (decimal), string, boolean or null literal.</summary>
internal sealed record LiteralNode(object? Value, ExpressionType Type, int Position, int End) : Node(Position, End);

/// <summary>A list literal such as <c>[1, 2]</c>.</summary>
internal sealed record ListNode(IReadOnlyList<Node> Items, int Position, int End) : Node(Position, End);

/// <summary>A variable path such as <c>vars.a.b</c>: a root name and member names.</summary>
internal sealed record PathNode(string Root, IReadOnlyList<string> Members, int Position, int End) : Node(Position, End)
{
    public string Text => Members.Count == 0 ? Root : $"{Root}.{string.Join('.', Members)}";
}

/// <summary>A function call such as <c>count(vars.list)</c>.</summary>
internal sealed record CallNode(string Name, IReadOnlyList<Node> Arguments, int Position, int End) : Node(Position, End);

/// <summary><c>not x</c> or <c>-x</c>.</summary>
internal sealed record UnaryNode(UnaryOperator Operator, Node Operand, int Position, int End) : Node(Position, End);

/// <summary>A binary operation; <see cref="OperatorPosition"/> is where its operator stands.</summary>
internal sealed record BinaryNode(BinaryOperator Operator, Node Left, Node Right, int OperatorPosition)
    : Node(Left.Position, Right.End);
