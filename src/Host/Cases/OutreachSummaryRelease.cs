using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Cases;

/// <summary>
/// The aB-pAp releases a summary of an outreach case for the former pAp (seed 003: the pAp gets information through the
/// aB-pAp). Only who reads the outreach file and may act in the case releases; the release is journaled on the case in the
/// same transaction (the text itself stays in its own table, the journal names its length).
/// </summary>
public sealed class OutreachSummaryRelease(CaseFlowDbContext db, TimeProvider clock)
{
    public const string JournalAction = "release-summary";

    public async Task<(OutreachSummary? Released, Refusal? Refusal)> ReleaseAsync(Guid caseId, Actor actor, string? text, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return (null, Refusal.NotFound($"Fall {caseId} nicht gefunden."));
        }

        var access = NeedToKnow.Of(@case, actor);
        if (!access.MayRead)
        {
            return (null, Refusal.Forbidden("Sie haben keinen Zugriff auf diesen Fall (need to know)."));
        }

        if (@case.Kind != CaseKinds.Outreach || !access.Reads(CaseDataClass.OutreachFile) || !access.MayAct || !actor.HasRole(Roles.Abpap))
        {
            return (null, Refusal.Forbidden(
                "Eine Zusammenfassung für die/den pAp gibt nur die aB-pAp eines Falls der aufsuchenden Beratung frei (forbidden)."));
        }

        if (Check(text) is { } invalid)
        {
            return (null, invalid);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var summary = new OutreachSummary { CaseId = caseId, Text = text!.Trim(), ReleasedAt = now, ReleasedBy = actor.UserName };
        db.OutreachSummaries.Add(summary);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = "case",
            SubjectId = caseId,
            Action = JournalAction,
            Note = $"Zusammenfassung für die/den pAp freigegeben ({summary.Text.Length} Zeichen)",
        });
        await db.SaveChangesAsync(cancellationToken);
        return (summary, null);
    }

    private static Refusal? Check(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return Refusal.Invalid("text", "Der Text der Zusammenfassung (text) fehlt (required).");
        }

        if (trimmed.Length > OutreachSummary.MaxLength)
        {
            return Refusal.Invalid("text", $"Zu lang (too long): die Zusammenfassung (text) hat höchstens {OutreachSummary.MaxLength} Zeichen.");
        }

        var visible = trimmed.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ');
        return RefusedCharacters.FindIn(visible) is { } refused
            ? Refusal.Invalid("text", $"Die Zusammenfassung (text) enthält ein unsichtbares oder Steuerzeichen ({refused}).")
            : null;
    }
}
