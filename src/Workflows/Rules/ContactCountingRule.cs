using CaseFlow.Workflows.Contacts;

namespace CaseFlow.Workflows.Rules;

/// <summary>
/// Which contacts count for the contact density (seed 004 §1, domain.md §6) and when a customer is not reachable
/// (Neue Grundsicherung 2026): configuration with an effective date (<c>Rules:Contacts</c>), these are the defaults.
/// </summary>
public sealed record ContactCountingRule
{
    /// <summary>Note types that count whatever the channel.</summary>
    public IReadOnlyList<NoteType> AlwaysCounting { get; init; } =
    [
        NoteType.Beratungsvermerk,
        NoteType.VbVermerk,
        NoteType.BeratungsvermerkStandortbestimmung,
        NoteType.Fallmanagement,
        NoteType.AngebotU25,
        NoteType.Integrationsvereinbarung,
        NoteType.ZavVermerk,
        NoteType.GemeinsamesVorstellungsgespraech,
    ];

    /// <summary>Note types that count only when the contact was personal or by phone (<see cref="PersonalOrPhoneChannels"/>).</summary>
    public IReadOnlyList<NoteType> CountingWhenPersonalOrPhone { get; init; } = [NoteType.SbVorgang, NoteType.AllgemeinerVermerk];

    /// <summary>The channels that are "personal or by phone"; a group information session counts as personal.</summary>
    public IReadOnlyList<ContactChannel> PersonalOrPhoneChannels { get; init; } = [ContactChannel.Personal, ContactChannel.Phone, ContactChannel.GroupSession];

    /// <summary>The channels on which the customer was reached: a contact on one of them ends a row of missed appointments.</summary>
    public IReadOnlyList<ContactChannel> ReachingChannels { get; init; } =
        [ContactChannel.Personal, ContactChannel.Phone, ContactChannel.Video, ContactChannel.GroupSession];

    /// <summary>Missed appointments in a row (no reaching contact between) that mark the customer not reachable; 0 switches the mark off.</summary>
    public int MissedInARowForNotReachable { get; init; } = 3;

    /// <summary>Whether a contact of this note type on this channel counts.</summary>
    public bool Counts(NoteType noteType, ContactChannel channel) =>
        AlwaysCounting.Contains(noteType) || (CountingWhenPersonalOrPhone.Contains(noteType) && PersonalOrPhoneChannels.Contains(channel));

    /// <summary>Whether a contact on this channel reached the customer (ends a row of missed appointments).</summary>
    public bool Reaches(ContactChannel channel) => ReachingChannels.Contains(channel);

    /// <summary>Whether this many missed appointments in a row make the customer not reachable.</summary>
    public bool IsNotReachable(int missedInARow) => MissedInARowForNotReachable > 0 && missedInARow >= MissedInARowForNotReachable;
}
