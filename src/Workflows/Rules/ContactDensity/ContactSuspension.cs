namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>
/// A time in which the contact-density rule does not apply to a customer: from <see cref="From"/> to <see cref="To"/>, both
/// days included; open-ended while <see cref="To"/> is empty.
/// </summary>
public sealed class ContactSuspension
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required Guid CustomerId { get; init; }

    public required SuspensionKind Kind { get; init; }

    public required DateOnly From { get; init; }

    /// <summary>The last day of the suspension; null while it is open-ended.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>Why (e.g. the measure's name and provider); typed text.</summary>
    public required string Reason { get; init; }

    public required DateTime RecordedAt { get; init; }

    public required string RecordedBy { get; init; }

    public DateTime? EndedAt { get; private set; }

    public string? EndedBy { get; private set; }

    /// <summary>Whether the suspension covers <paramref name="day"/> (from and to inclusive; AGH never).</summary>
    public bool Covers(DateOnly day) =>
        ContactSuspensions.Suspends(Kind) && From <= day && (To is not { } to || day <= to);

    /// <summary>Sets the end day (when it was open or ended later); the caller checks <paramref name="lastDay"/> ≥ <see cref="From"/>.</summary>
    public void End(DateOnly lastDay, string by, DateTime at)
    {
        To = lastDay;
        EndedBy = by;
        EndedAt = at;
    }

    /// <summary>A new suspension as recorded: from <paramref name="from"/> to <paramref name="to"/> (null: open-ended).</summary>
    public static ContactSuspension Until(Guid customerId, SuspensionKind kind, DateOnly from, DateOnly? to, string reason, string by, DateTime at)
    {
        var suspension = new ContactSuspension { CustomerId = customerId, Kind = kind, From = from, Reason = reason, RecordedBy = by, RecordedAt = at };
        suspension.To = to;
        return suspension;
    }
}
