namespace CaseFlow.Host.Retention;

/// <summary>
/// One run of the retention job: when, for which day, by whom (the schedule or the data protection officer) and what it
/// did: counts per case kind and the ids of the anonymised cases and customers, never personal data.
/// </summary>
public sealed class RetentionRun
{
    public const string Scheduled = "schedule";

    public const string Manual = "manual";

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The calendar day whose periods the run applied.</summary>
    public required DateOnly RunOn { get; init; }

    /// <summary><see cref="Scheduled"/> or <see cref="Manual"/>.</summary>
    public required string Trigger { get; init; }

    /// <summary>For scheduled runs the day (yyyy-MM-dd), unique: of several hosts only one runs the day's job; null for manual runs.</summary>
    public string? ScheduleKey { get; init; }

    public required string Actor { get; init; }

    public required DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; set; }

    public int CasesAnonymised { get; set; }

    public int CustomersAnonymised { get; set; }

    /// <summary>What the run did as JSON: cases per kind, case ids, customer ids, cases left for a hold or a conflict.</summary>
    public string? Summary { get; set; }
}
