namespace CaseFlow.Workflows.Expressions;

/// <summary>German names (with the English term) of expression types, for messages.</summary>
internal static class TypeNames
{
    public static string Name(this ExpressionType type) => type switch
    {
        ExpressionType.Null => "null",
        ExpressionType.Boolean => "Wahrheitswert (boolean)",
        ExpressionType.Number => "Zahl (number)",
        ExpressionType.String => "Text (string)",
        ExpressionType.Date => "Datum (date)",
        ExpressionType.DateTime => "Zeitpunkt (date-time)",
        ExpressionType.Duration => "Dauer (duration)",
        ExpressionType.List => "Liste (list)",
        _ => "beliebiger Wert (any)",
    };
}
