using System.Globalization;
using System.Text.Json;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.ContactDensity;

/// <summary>Records and ends a customer's suspensions of the contact-density rule (journaled on the customer in the same transaction).</summary>
public sealed class ContactSuspensionRecorder(CaseFlowDbContext db, TimeProvider clock, JobcenterCalendar calendar, ContactDueUpdate dues)
{
    public const int ReasonMaxLength = 1000;

    /// <summary>Suspensions may start at most this many years ahead, and not before 2000.</summary>
    public const int YearsAhead = 2;

    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public DateOnly Today => calendar.Today;

    public async Task<(ContactSuspension? Recorded, Refusal? Refusal)> RecordAsync(Guid customerId, ContactSuspensionRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var (kind, kindRefusal) = KindOf(request.Kind);
        if (kindRefusal is not null)
        {
            return (null, kindRefusal);
        }

        if (request.From is not { } from || from < Earliest || from > Today.AddYears(YearsAhead))
        {
            return (null, Refusal.Invalid("from", $"Der erste Tag (from, JJJJ-MM-TT) ist nötig, frühestens 2000-01-01, höchstens {YearsAhead} Jahre im Voraus."));
        }

        if (request.To is { } to && to < from)
        {
            return (null, Refusal.Invalid("to", "Der letzte Tag (to) darf nicht vor dem ersten Tag (from) liegen."));
        }

        if (ReasonRefusal(request.Reason) is { } reasonRefusal)
        {
            return (null, reasonRefusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var suspension = ContactSuspension.Until(customerId, kind, from, request.To, request.Reason!.Trim(), actor.UserName, now);
        db.ContactSuspensions.Add(suspension);
        db.Journal.Add(Journaled(suspension, actor, now, "contact-suspension.record", suspension.Reason));
        await StageDueAsync(suspension.CustomerId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (suspension, null);
    }

    public async Task<(ContactSuspension? Ended, Refusal? Refusal)> EndAsync(ContactSuspension suspension, ContactSuspensionEnd request, Actor actor, CancellationToken cancellationToken)
    {
        var lastDay = request.To ?? Today;
        if (lastDay < suspension.From)
        {
            return (null, Refusal.Invalid("to", $"Der letzte Tag (to) darf nicht vor dem ersten Tag ({suspension.From:yyyy-MM-dd}) liegen."));
        }

        if (suspension.To is { } to && to <= lastDay)
        {
            return (null, Refusal.Conflict($"Die Aussetzung endet bereits am {to:yyyy-MM-dd} (already ends); beenden kann sie nur früher enden lassen."));
        }

        if (request.Reason is { } reason && ReasonRefusal(reason) is { } reasonRefusal)
        {
            return (null, reasonRefusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        suspension.End(lastDay, actor.UserName, now);
        db.Journal.Add(Journaled(suspension, actor, now, "contact-suspension.end", request.Reason?.Trim()));
        await StageDueAsync(suspension.CustomerId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (suspension, null);
    }

    /// <summary>The kind named, or why it cannot be recorded (unknown, or AGH, which never suspends the rule).</summary>
    /// <summary>The customer's due date moves with the suspension (same transaction; docs/contacts.md).</summary>
    private async Task StageDueAsync(Guid customerId, CancellationToken cancellationToken)
    {
        if (await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken) is { } customer)
        {
            await dues.StageAsync(customer, cancellationToken);
        }
    }

    public static (SuspensionKind Kind, Refusal? Refusal) KindOf(string? name)
    {
        var allowed = string.Join(", ", ContactSuspensions.Recordable);
        if (string.Equals(name, "AGH", StringComparison.OrdinalIgnoreCase)
            || (Enum.TryParse<SuspensionKind>(name, out var agh) && agh == SuspensionKind.WorkOpportunity && !char.IsDigit(name![0])))
        {
            return (default, Refusal.Invalid("kind", "Eine Arbeitsgelegenheit (AGH) setzt die Kontaktdichte nicht aus (Konzept Kontaktdichte: Vollzeitmaßnahmen ausgenommen AGH); es gilt die Kontaktdichte nach Profillage."));
        }

        return Enum.TryParse<SuspensionKind>(name, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(name![0])
            ? (kind, null)
            : (default, Refusal.Invalid("kind", $"Unbekannte Art der Aussetzung (kind); erlaubt: {allowed}."));
    }

    private static Refusal? ReasonRefusal(string? reason) =>
        reason?.Trim() is not { Length: > 0 and <= ReasonMaxLength } trimmed || RefusedCharacters.FindIn(trimmed) is not null
            ? Refusal.Invalid("reason", $"Die Begründung (reason) ist nötig: 1 bis {ReasonMaxLength} Zeichen, ohne Steuerzeichen.")
            : null;

    private static JournalEntry Journaled(ContactSuspension suspension, Actor actor, DateTime now, string action, string? reason) => new()
    {
        At = now,
        Actor = actor.UserName,
        SubjectType = "customer",
        SubjectId = suspension.CustomerId,
        Action = action,
        Reason = reason,
        Data = JsonSerializer.Serialize(new
        {
            suspensionId = suspension.Id,
            kind = suspension.Kind.ToString(),
            from = suspension.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = suspension.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }),
    };
}
