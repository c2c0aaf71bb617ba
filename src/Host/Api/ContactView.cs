using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Host.Api;

/// <summary>
/// A contact or missed appointment as the API shows it: values as the API takes them (<c>beratungsvermerk</c>,
/// <c>personal</c>, outcome <c>attended</c>/<c>missed</c>) and their labels in the request's language.
/// </summary>
public sealed record ContactView(
    Guid Id,
    Guid CustomerId,
    string Outcome,
    string OutcomeLabel,
    string? NoteType,
    string? NoteTypeLabel,
    string? Channel,
    string? ChannelLabel,
    DateTime OccurredAt,
    bool Counts,
    string? Note,
    DateTime RecordedAt,
    string RecordedBy)
{
    public static ContactView Of(Contact contact) => new(
        contact.Id,
        contact.CustomerId,
        ContactValues.Of(contact.Outcome),
        Terms.Say(Labels.Of(contact.Outcome)),
        contact.NoteType is { } noteType ? ContactValues.Of(noteType) : null,
        contact.NoteType is { } type ? Terms.Say(Labels.Of(type)) : null,
        contact.Channel is { } channel ? ContactValues.Of(channel) : null,
        contact.Channel is { } way ? Terms.Say(Labels.Of(way)) : null,
        contact.OccurredAt,
        contact.Counts,
        contact.Note,
        contact.RecordedAt,
        contact.RecordedBy);
}
