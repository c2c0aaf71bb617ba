using System.Text.Json;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// Records a customer's contacts and missed appointments and lists them, newest first, paged in the query. Recording
/// decides <see cref="Contact.Counts"/> by the counting rule in force on the contact's date, updates the customer's
/// not-reachable mark (<see cref="ReachabilityUpdate"/>) and journals all of it in one transaction; a concurrent change
/// of the same customer is retried.
/// </summary>
public sealed class ContactBook(CaseFlowDbContext db, RuleBook rules, ReachabilityUpdate reachability, ContactDueUpdate dues, JobcenterCalendar calendar)
{
    public const string ContactAction = "contact";
    public const string MissedAction = "missed-appointment";
    private const int Attempts = 3;

    /// <summary>Records the entry for the customer; refused for an unknown customer or when the actor may not.</summary>
    public async Task<(Contact? Recorded, Refusal? Refusal)> RecordAsync(Guid customerId, ContactEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRecordAsync(customerId, entry, actor, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return (null, Refusal.Conflict("Die Kundin/der Kunde wurde gerade mehrfach geändert. Bitte erneut versuchen."));
            }
        }
    }

    /// <summary>One page of the customer's contacts, newest first, and the total.</summary>
    public async Task<(IReadOnlyList<Contact> Page, int Total, Refusal? Refusal)> ListAsync(
        Guid customerId, Actor actor, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (await AccessRefusalAsync(customerId, actor, record: false, cancellationToken) is { } refusal)
        {
            return ([], 0, refusal);
        }

        var contacts = db.Contacts.AsNoTracking().Where(c => c.CustomerId == customerId);
        var total = await contacts.CountAsync(cancellationToken);
        var items = await contacts.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total, null);
    }

    private async Task<(Contact? Recorded, Refusal? Refusal)> TryRecordAsync(Guid customerId, ContactEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        if (await AccessRefusalAsync(customerId, actor, record: true, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == customerId, cancellationToken);
        var now = calendar.Now;
        var rule = rules.Contacts.At(calendar.DateOf(entry.OccurredAt));
        var contact = new Contact
        {
            CustomerId = customerId,
            Outcome = entry.Outcome,
            NoteType = entry.NoteType,
            Channel = entry.Channel,
            OccurredAt = entry.OccurredAt,
            Counts = entry is { Outcome: ContactOutcome.Attended, NoteType: { } noteType, Channel: { } channel } && rule.Counts(noteType, channel),
            Note = entry.Note,
            RecordedAt = now,
            RecordedBy = actor.UserName,
        };
        db.Contacts.Add(contact);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = "customer",
            SubjectId = customerId,
            Action = entry.Outcome == ContactOutcome.Missed ? MissedAction : ContactAction,
            Note = contact.Note,
            Data = JsonSerializer.Serialize(new
            {
                contactId = contact.Id,
                noteType = contact.NoteType is { } type ? ContactValues.Of(type) : null,
                channel = contact.Channel is { } way ? ContactValues.Of(way) : null,
                occurredAt = contact.OccurredAt,
                counts = contact.Counts,
            }),
        });
        await reachability.StageAsync(customer, contact, actor, now, cancellationToken);
        await dues.StageAsync(customer, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (contact, null);
    }

    private async Task<Refusal?> AccessRefusalAsync(Guid customerId, Actor actor, bool record, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return Refusal.NotFound($"Kunde/Kundin {customerId} nicht gefunden.");
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken);
        return (record ? ContactAccessPolicy.CanRecord(customer, cases, actor) : ContactAccessPolicy.CanRead(customer, cases, actor))
            ? null
            : Refusal.Forbidden(record
                ? "Kontakte erfasst die zuständige Integrationsfachkraft, die Fallmanagerin/der Fallmanager (oder die Vertretung) eines bFM-Falls oder die aB-pAp eines laufenden Falls der aufsuchenden Beratung."
                : "Sie betreuen diese Kundin/diesen Kunden nicht (need to know).");
    }
}
