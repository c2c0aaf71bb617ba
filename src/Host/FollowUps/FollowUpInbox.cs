using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.FollowUps;

/// <summary>
/// The follow-ups (Wiedervorlagen) of a caseworker: listed, filtered, ordered and paged in the query (index assignee,
/// done at, due at), and marked done by the assignee or their deputy with a journal line on the case (on the customer for a follow-up without a case), in one transaction.
/// </summary>
public sealed class FollowUpInbox(CaseFlowDbContext db, TimeProvider clock)
{
    public const string DoneAction = "follow-up-done";

    /// <summary>One page of the follow-ups the query asks for and the total count.</summary>
    public async Task<(IReadOnlyList<FollowUpView> Page, int Total)> ListAsync(FollowUpQuery query, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deputyFor = actor.DeputyFor.ToList();
        var followUps = query.Scope == FollowUpQuery.Deputy
            ? db.FollowUps.AsNoTracking().Where(f => deputyFor.Contains(f.Assignee))
            : db.FollowUps.AsNoTracking().Where(f => f.Assignee == actor.UserName);
        followUps = query.Done ? followUps.Where(f => f.DoneAt != null) : followUps.Where(f => f.DoneAt == null);
        if (query.OnlyOverdue)
        {
            followUps = followUps.Where(f => f.DueAt < now);
        }

        var total = await followUps.CountAsync(cancellationToken);
        var ordered = query.Done
            ? followUps.OrderByDescending(f => f.DoneAt).ThenBy(f => f.Id)
            : followUps.OrderBy(f => f.DueAt).ThenBy(f => f.Id);
        var page = await Project(ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize), now)
            .ToListAsync(cancellationToken);

        // The join may not keep the page's order: sort the page (at most 200 rows) the same way again.
        IReadOnlyList<FollowUpView> sorted = query.Done
            ? page.OrderByDescending(f => f.DoneAt).ThenBy(f => f.Id).ToList()
            : page.OrderBy(f => f.DueAt).ThenBy(f => f.Id).ToList();
        return (sorted, total);
    }

    /// <summary>Marks the follow-up done and journals it on its case; refused for others than the assignee and their deputies, and when already done.</summary>
    public async Task<(FollowUpView? Done, Refusal? Refusal)> MarkDoneAsync(Guid id, Actor actor, string? note, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (followUp is null)
        {
            return (null, Refusal.NotFound($"Wiedervorlage {id} nicht gefunden."));
        }

        if (followUp.Assignee != actor.UserName && !actor.DeputyFor.Contains(followUp.Assignee))
        {
            return (null, Refusal.Forbidden("Eine Wiedervorlage erledigt nur, wem sie gilt, oder deren Vertretung."));
        }

        if (followUp.IsDone)
        {
            return (null, Refusal.Conflict($"Die Wiedervorlage ist bereits erledigt (am {followUp.DoneAt:dd.MM.yyyy} von {followUp.DoneBy})."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var @case = followUp.CaseId is { } caseId ? await db.Cases.AsNoTracking().FirstAsync(c => c.Id == caseId, cancellationToken) : null;
        followUp.MarkDone(actor.UserName, now);
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = actor.UserName,
            SubjectType = @case is null ? "customer" : "case",
            SubjectId = @case?.Id ?? followUp.CustomerId,
            Action = DoneAction,
            FromState = @case?.State,
            ToState = @case?.State,
            Reason = followUp.Reason,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Data = JsonSerializer.Serialize(new { followUpId = followUp.Id, assignee = followUp.Assignee }),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, Refusal.Conflict("Die Wiedervorlage wurde gerade von jemand anderem erledigt."));
        }

        return (await Project(db.FollowUps.AsNoTracking().Where(f => f.Id == id), now).SingleAsync(cancellationToken), null);
    }

    private IQueryable<FollowUpView> Project(IQueryable<FollowUp> followUps, DateTime now) =>
        from f in followUps
        join c in db.Cases on f.CaseId equals c.Id into cases
        from c in cases.DefaultIfEmpty()
        join k in db.Customers on f.CustomerId equals k.Id
        select new FollowUpView(
            f.Id, f.CaseId, c == null ? null : c.Kind, f.CustomerId, k.CustomerNumber, k.GivenName, k.FamilyName, f.Assignee, f.Reason, f.DueAt,
            f.DoneAt == null && f.DueAt < now, f.CreatedAt, f.CreatedBy, f.DoneAt, f.DoneBy);
}
