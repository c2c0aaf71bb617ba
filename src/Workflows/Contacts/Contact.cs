namespace CaseFlow.Workflows.Contacts;

/// <summary>
/// One contact with a customer (Kundenkontakt, seed 004), or a missed appointment (<see cref="ContactOutcome.Missed"/>,
/// without note type and channel). <see cref="Counts"/> is decided when it is recorded, by the counting rule in force on
/// the contact's date, and never changes afterwards.
/// </summary>
public sealed class Contact
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required Guid CustomerId { get; init; }

    public required ContactOutcome Outcome { get; init; }

    /// <summary>Vermerktyp; null for a missed appointment.</summary>
    public NoteType? NoteType { get; init; }

    /// <summary>Kontaktart; null for a missed appointment.</summary>
    public ContactChannel? Channel { get; init; }

    /// <summary>When the contact took place, or when the missed appointment was scheduled (UTC).</summary>
    public required DateTime OccurredAt { get; init; }

    /// <summary>Whether the contact counts for the contact density (Kontaktdichte); never for a missed appointment.</summary>
    public required bool Counts { get; init; }

    /// <summary>The caseworker's note (free text, at most <see cref="ContactTexts.MaxNoteLength"/> characters).</summary>
    public string? Note { get; init; }

    public required DateTime RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}
