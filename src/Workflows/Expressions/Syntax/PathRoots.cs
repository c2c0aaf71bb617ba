namespace CaseFlow.Workflows.Expressions.Syntax;

/// <summary>The roots (<c>vars</c>, <c>case</c>, <c>rules</c>) the paths of a syntax tree start from.</summary>
internal static class PathRoots
{
    public static IReadOnlySet<string> Of(Node root)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, roots);
        return roots;
    }

    private static void Collect(Node node, HashSet<string> roots)
    {
        switch (node)
        {
            case PathNode path:
                roots.Add(path.Root);
                break;
            case ListNode list:
                list.Items.ToList().ForEach(item => Collect(item, roots));
                break;
            case CallNode call:
                call.Arguments.ToList().ForEach(argument => Collect(argument, roots));
                break;
            case UnaryNode unary:
                Collect(unary.Operand, roots);
                break;
            case BinaryNode binary:
                Collect(binary.Left, roots);
                Collect(binary.Right, roots);
                break;
        }
    }
}
