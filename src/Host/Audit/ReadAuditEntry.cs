namespace CaseFlow.Host.Audit;

/// <summary>
/// One read of special-category data (the FM file, the outreach file, health-related needs), append-only: who read,
/// when, about which customer and case, which data classes and fields, and the purpose where the route takes one.
/// Nothing in CaseFlow updates or deletes these rows (docs/security.md).
/// </summary>
public sealed class ReadAuditEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required DateTime At { get; init; }

    /// <summary>The user name (staff) or <c>provider:&lt;key&gt;</c>.</summary>
    public required string Actor { get; init; }

    public required Guid CustomerId { get; init; }

    public Guid? CaseId { get; init; }

    /// <summary>The route read, e.g. <c>GET /api/cases/{id}</c> (the template, never the query).</summary>
    public required string Route { get; init; }

    /// <summary>The data classes read, comma-separated wire names (<c>fmFile</c>, <c>outreachFile</c>, <c>healthNeeds</c>).</summary>
    public required string DataClasses { get; init; }

    /// <summary>The fields read, comma-separated names (not their values).</summary>
    public string? Fields { get; init; }

    public string? Purpose { get; init; }
}
