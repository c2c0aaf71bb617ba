using CaseFlow.Workflows.Contacts;

namespace CaseFlow.Host.Contacts;

/// <summary>A checked contact or missed appointment to record (the API has parsed and checked the input).</summary>
/// <param name="Outcome">Attended, or missed (then without note type and channel).</param>
/// <param name="NoteType">Vermerktyp of an attended contact.</param>
/// <param name="Channel">Kontaktart of an attended contact.</param>
/// <param name="OccurredAt">When it took place or was scheduled (UTC, not in the future).</param>
/// <param name="Note">The cleaned note, or null.</param>
public sealed record ContactEntry(ContactOutcome Outcome, NoteType? NoteType, ContactChannel? Channel, DateTime OccurredAt, string? Note);
