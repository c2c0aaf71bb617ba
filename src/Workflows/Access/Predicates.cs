using System.Linq.Expressions;

namespace CaseFlow.Workflows.Access;

/// <summary>Combines query predicates over one entity with OR, on one shared parameter.</summary>
public static class Predicates
{
    public static Expression<Func<T, bool>> AnyOf<T>(IReadOnlyList<Expression<Func<T, bool>>> parts)
    {
        if (parts.Count == 0)
        {
            return _ => false;
        }

        var parameter = parts[0].Parameters[0];
        var body = parts[0].Body;
        foreach (var part in parts.Skip(1))
        {
            body = Expression.OrElse(body, new Rebind(part.Parameters[0], parameter).Visit(part.Body));
        }

        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
