namespace CaseFlow.Host.Retention;

/// <summary>
/// A legal hold (Aufbewahrungssperre) on a customer, set and lifted by the data protection officer: while it is active
/// (<see cref="LiftedAt"/> is null) the retention job leaves the customer and every case of the customer untouched.
/// </summary>
public sealed class LegalHold
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required Guid CustomerId { get; init; }

    /// <summary>Why the data must be kept (e.g. a court case, a pending objection); required.</summary>
    public required string Reason { get; init; }

    public required DateTime SetAt { get; init; }

    public required string SetBy { get; init; }

    public DateTime? LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }

    public string? LiftReason { get; private set; }

    public bool IsActive => LiftedAt is null;

    public void Lift(string by, DateTime at, string reason)
    {
        if (!IsActive)
        {
            throw new InvalidOperationException($"Legal hold {Id} is already lifted.");
        }

        LiftedAt = at;
        LiftedBy = by;
        LiftReason = reason;
    }
}
