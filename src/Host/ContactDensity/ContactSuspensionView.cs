using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Language;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Host.ContactDensity;

/// <summary>A customer's suspension of the contact-density rule as the API shows it; <paramref name="Active"/> says whether it covers today.</summary>
public sealed record ContactSuspensionView(
    Guid Id, Guid CustomerId, string Kind, string KindLabel, DateOnly From, DateOnly? To, string Reason,
    DateTime RecordedAt, string RecordedBy, DateTime? EndedAt, string? EndedBy, bool Active)
{
    public static ContactSuspensionView Of(ContactSuspension s, DateOnly today) => new(
        s.Id, s.CustomerId, s.Kind.ToString(), Terms.Say(Labels.Of(s.Kind)), s.From, s.To, s.Reason, s.RecordedAt, s.RecordedBy, s.EndedAt, s.EndedBy, s.Covers(today));
}
