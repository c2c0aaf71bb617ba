using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>Sets and lifts legal holds on a customer (the data protection officer), journaled on the customer in the same transaction.</summary>
public sealed class LegalHoldBook(CaseFlowDbContext db, JobcenterCalendar calendar)
{
    public const string SetAction = "legal-hold.set";

    public const string LiftAction = "legal-hold.lift";

    public async Task<(LegalHold? Hold, Refusal? Refusal)> SetAsync(Guid customerId, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        if (ReasonRefusal(reason) is { } refusal)
        {
            return (null, refusal);
        }

        if (await db.LegalHolds.AnyAsync(h => h.CustomerId == customerId && h.LiftedAt == null, cancellationToken))
        {
            return (null, Refusal.Conflict("Für diese Kundin/diesen Kunden besteht schon eine Aufbewahrungssperre (legal hold already active)."));
        }

        var hold = new LegalHold { CustomerId = customerId, Reason = reason!.Trim(), SetAt = calendar.Now, SetBy = actor.UserName };
        db.LegalHolds.Add(hold);
        db.Journal.Add(Line(hold, actor, SetAction, hold.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return (hold, null);
    }

    public async Task<(LegalHold? Hold, Refusal? Refusal)> LiftAsync(Guid customerId, Guid holdId, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.FirstOrDefaultAsync(h => h.Id == holdId && h.CustomerId == customerId, cancellationToken);
        if (hold is null)
        {
            return (null, Refusal.NotFound($"Aufbewahrungssperre {holdId} dieser Kundin/dieses Kunden nicht gefunden."));
        }

        if (ReasonRefusal(reason) is { } refusal)
        {
            return (null, refusal);
        }

        if (!hold.IsActive)
        {
            return (null, Refusal.Conflict("Die Aufbewahrungssperre ist schon aufgehoben (legal hold already lifted)."));
        }

        hold.Lift(actor.UserName, calendar.Now, reason!.Trim());
        db.Journal.Add(Line(hold, actor, LiftAction, hold.LiftReason));
        await db.SaveChangesAsync(cancellationToken);
        return (hold, null);
    }

    private static Refusal? ReasonRefusal(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || !reason.Any(char.IsLetterOrDigit)
            ? Refusal.Invalid("reason", "Eine Begründung ist nötig (reason required).")
            : reason.Trim().Length > LegalHold.ReasonMaxLength
                ? Refusal.Invalid("reason", $"Zu lang (too long): höchstens {LegalHold.ReasonMaxLength} Zeichen.")
                : null;

    private JournalEntry Line(LegalHold hold, Actor actor, string action, string? reason) => new()
    {
        At = calendar.Now,
        Actor = actor.UserName,
        SubjectType = "customer",
        SubjectId = hold.CustomerId,
        Action = action,
        Reason = reason,
        Data = System.Text.Json.JsonSerializer.Serialize(new { holdId = hold.Id }),
    };
}
