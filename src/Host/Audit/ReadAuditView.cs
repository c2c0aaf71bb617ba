namespace CaseFlow.Host.Audit;

/// <summary>One recorded read as the data protection officer sees it (<c>GET /api/audit/reads</c>).</summary>
/// <param name="Actor">The reader's user name, or <c>provider:&lt;key&gt;</c>.</param>
/// <param name="DataClasses">The data classes read (<c>fmFile</c>, <c>outreachFile</c>, <c>healthNeeds</c>).</param>
/// <param name="Fields">The names of the fields read (never their values).</param>
public sealed record ReadAuditView(
    Guid Id,
    DateTime At,
    string Actor,
    Guid CustomerId,
    Guid? CaseId,
    string Route,
    IReadOnlyList<string> DataClasses,
    IReadOnlyList<string> Fields,
    string? Purpose)
{
    public static ReadAuditView Of(ReadAuditEntry entry) => new(
        entry.Id,
        entry.At,
        entry.Actor,
        entry.CustomerId,
        entry.CaseId,
        entry.Route,
        Split(entry.DataClasses),
        Split(entry.Fields),
        entry.Purpose);

    private static string[] Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
